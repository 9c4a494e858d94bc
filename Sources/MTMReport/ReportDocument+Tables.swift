/// The document as tables: the CSV files and the workbook's sheets, in the order analysts read them.
extension ReportDocument {
    /// Every table, including empty ones (so files and sheets are always the same set); optional ones (trends,
    /// segments) only when they have rows.
    public var tables: [ReportTable] {
        var all = [momentsTable, touchpointsTable, emotionsTable, stagesTable, driversTable]
        if !segments.isEmpty { all.append(segmentsTable) }
        if !trends.isEmpty { all.append(trendsTable) }
        all += [mentionsTable, recordsTable, rejectsTable]
        return all
    }

    public var momentsTable: ReportTable {
        let componentNames = orderedUnique(moments.flatMap { $0.components.map(\.name) })
        var columns = [ReportColumn("rank", .integer), ReportColumn("touchpoint"), ReportColumn("label"),
                       ReportColumn("stage"), ReportColumn("class"), ReportColumn("score", .number(decimals: 3))]
        columns += componentNames.map { ReportColumn($0, .number(decimals: 3)) }
        columns += [ReportColumn("mentions", .integer), ReportColumn("share", .percent(decimals: 1)),
                    ReportColumn("mean_compound", .number(decimals: 3)),
                    ReportColumn("negative_share", .percent(decimals: 1)), ReportColumn("reason"),
                    ReportColumn("quote")]
        var table = ReportTable(name: "moments", title: "Moments", columns: columns)
        for m in moments {
            var row: [ReportCell] = [.integer(m.rank), .text(m.touchpoint), .text(m.label), .text(m.stage),
                                     .text(m.momentClass), .number(m.score)]
            row += componentNames.map { name in .number(m.components.first { $0.name == name }?.value) }
            row += [.integer(m.mentions), .number(m.share), .number(m.meanCompound), .number(m.negativeShare),
                    .text(m.reason), .text(m.quotes.first?.text)]
            table.append(row)
        }
        return table
    }

    public var touchpointsTable: ReportTable {
        var table = ReportTable(name: "touchpoints", title: "Touchpoints", columns: [
            ReportColumn("touchpoint"), ReportColumn("label"), ReportColumn("stage"),
            ReportColumn("stage_index", .integer), ReportColumn("handoff"), ReportColumn("mentions", .integer),
            ReportColumn("records", .integer), ReportColumn("share", .percent(decimals: 1)),
            ReportColumn("mean_compound", .number(decimals: 3)), ReportColumn("positive_share", .percent(decimals: 1)),
            ReportColumn("negative_share", .percent(decimals: 1)), ReportColumn("top_emotion"),
        ])
        for t in touchpoints {
            table.append([.text(t.touchpoint), .text(t.label), .text(t.stage), .integer(t.stageIndex),
                          .text(t.handoff ? "yes" : "no"), .integer(t.mentions), .integer(t.records), .number(t.share),
                          .number(t.meanCompound), .number(t.positiveShare), .number(t.negativeShare),
                          .text(t.topEmotion)])
        }
        return table
    }

    public var emotionsTable: ReportTable {
        var columns = [ReportColumn("touchpoint"), ReportColumn("label"), ReportColumn("mentions", .integer)]
        columns += emotions.emotions.map { ReportColumn($0, .percent(decimals: 1)) }
        var table = ReportTable(name: "touchpoint_emotions", title: "Touchpoint emotions", columns: columns)
        for row in emotions.rows {
            table.append([.text(row.touchpoint), .text(row.label), .integer(row.mentions)]
                         + row.values.prefix(emotions.emotions.count).map { .number($0) })
        }
        return table
    }

    public var stagesTable: ReportTable {
        var table = ReportTable(name: "stages", title: "Journey stages", columns: [
            ReportColumn("index", .integer), ReportColumn("stage"), ReportColumn("label"),
            ReportColumn("mentions", .integer), ReportColumn("mean_compound", .number(decimals: 3)),
            ReportColumn("negative_share", .percent(decimals: 1)), ReportColumn("top_touchpoint"),
        ])
        for s in stages {
            table.append([.integer(s.index), .text(s.stage), .text(s.label), .integer(s.mentions),
                          .number(s.meanCompound), .number(s.negativeShare), .text(s.topTouchpoint)])
        }
        return table
    }

    public var driversTable: ReportTable {
        var table = ReportTable(name: "drivers", title: "Drivers", columns: [
            ReportColumn("touchpoint"), ReportColumn("label"), ReportColumn("method"),
            ReportColumn("weight", .number(decimals: 4)), ReportColumn("lower", .number(decimals: 4)),
            ReportColumn("upper", .number(decimals: 4)), ReportColumn("penalty", .number(decimals: 4)),
            ReportColumn("reward", .number(decimals: 4)),
        ])
        for d in drivers {
            table.append([.text(d.touchpoint), .text(d.label), .text(d.method), .number(d.weight), .number(d.lower),
                          .number(d.upper), .number(d.penalty), .number(d.reward)])
        }
        return table
    }

    public var segmentsTable: ReportTable {
        var table = ReportTable(name: "segments", title: "Segments", columns: [
            ReportColumn("dimension"), ReportColumn("value"), ReportColumn("records", .integer),
            ReportColumn("mean_compound", .number(decimals: 3)), ReportColumn("negative_share", .percent(decimals: 1)),
            ReportColumn("top_touchpoint"),
        ])
        for comparison in segments {
            for r in comparison.rows {
                table.append([.text(comparison.dimension), .text(r.value), .integer(r.records), .number(r.meanCompound),
                              .number(r.negativeShare), .text(r.topTouchpoint)])
            }
        }
        return table
    }

    public var trendsTable: ReportTable {
        var table = ReportTable(name: "trends", title: "Trends", columns: [
            ReportColumn("series"), ReportColumn("label"), ReportColumn("period"), ReportColumn("mentions", .integer),
            ReportColumn("mean_compound", .number(decimals: 3)),
        ])
        for series in trends {
            for p in series.points {
                table.append([.text(series.name), .text(series.label), .text(p.period), .integer(p.mentions),
                              .number(p.meanCompound)])
            }
        }
        return table
    }

    public var mentionsTable: ReportTable {
        var table = ReportTable(name: "mentions", title: "Mentions", columns: [
            ReportColumn("record"), ReportColumn("touchpoint"), ReportColumn("label"), ReportColumn("stage"),
            ReportColumn("phrase"), ReportColumn("start", .integer), ReportColumn("end", .integer),
            ReportColumn("compound", .number(decimals: 4)), ReportColumn("emotions"), ReportColumn("negated"),
            ReportColumn("evidence"),
        ])
        table.rows = mentions.map(Self.mentionCells)
        table.spool = mentionSpool
        return table
    }

    /// A mention's row in the mentions table (also what `mentionSpool` holds).
    public static func mentionCells(_ m: MentionRow) -> [ReportCell] {
        [.text(m.recordID), .text(m.touchpoint), .text(m.label), .text(m.stage), .text(m.phrase), .integer(m.start),
         .integer(m.end), .number(m.compound), .text(m.emotions.joined(separator: ";")),
         .text(m.negated ? "yes" : "no"), .text(m.evidence)]
    }

    public var recordsTable: ReportTable {
        var columns = [ReportColumn("id"), ReportColumn("source"), ReportColumn("line", .integer),
                       ReportColumn("date", .date), ReportColumn("rating", .number(decimals: 1)),
                       ReportColumn("compound", .number(decimals: 4)), ReportColumn("label"),
                       ReportColumn("touchpoints")]
        columns += segmentNames.map { ReportColumn($0) }
        var table = ReportTable(name: "records", title: "Records", columns: columns)
        table.rows = records.map { Self.recordCells($0, segmentColumns: segmentNames.count) }
        table.spool = recordSpool
        return table
    }

    /// A record's row in the records table (also what `recordSpool` holds): its first `segmentColumns` segment
    /// values; a spooled row may have fewer (segment columns first seen later stay empty).
    public static func recordCells(_ r: RecordRow, segmentColumns: Int) -> [ReportCell] {
        var row: [ReportCell] = [.text(r.id), .text(r.source), .integer(r.line), .text(r.date), .number(r.rating),
                                 .number(r.compound), .text(r.label), .text(r.touchpoints.joined(separator: ";"))]
        row += (0..<segmentColumns).map { $0 < r.segments.count ? .text(r.segments[$0]) : .empty }
        return row
    }

    public var rejectsTable: ReportTable {
        var table = ReportTable(name: "rejects", title: "Rejects", columns: [
            ReportColumn("source"), ReportColumn("line", .integer), ReportColumn("code"), ReportColumn("field"),
            ReportColumn("message"), ReportColumn("raw"),
        ])
        for r in rejects {
            table.append([.text(r.source), .integer(r.line), .text(r.code), .text(r.field), .text(r.message),
                          .text(r.raw)])
        }
        return table
    }
}

/// Elements in order of first appearance, without repeats.
func orderedUnique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
}

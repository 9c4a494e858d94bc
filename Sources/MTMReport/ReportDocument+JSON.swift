import MTMRecord

/// `summary.json`: the document's summary tables, machine-readable, with ordered keys and a schema version.
/// Per-record and per-mention rows stay in `records.csv` and `mentions.csv` (they can be millions of rows);
/// rejects are included.
extension ReportDocument {
    /// Bump when a field is renamed or removed; adding fields keeps the version.
    public static let schemaVersion = 1

    public var summaryJSON: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema_version", Self.schemaVersion)
        w.field("title", title)
        w.field("generator", generator)
        w.field("generated_at", generatedAt)
        w.key("inputs"); w.beginArray(); for input in inputs { w.string(input) }; w.endArray()
        w.field("taxonomy", taxonomy)
        w.key("counts"); w.beginObject()
        w.field("read", counts.read)
        w.field("scored", counts.scored)
        w.field("rejected", counts.rejected)
        w.field("mentions", counts.mentions)
        w.field("records_with_mentions", counts.recordsWithMentions)
        w.field("findings", counts.findings)
        w.endObject()
        w.key("moments"); w.beginArray()
        for m in moments { Self.write(m, to: &w) }
        w.endArray()
        w.key("touchpoints"); w.beginArray()
        for t in touchpoints {
            w.beginObject()
            w.field("touchpoint", t.touchpoint); w.field("label", t.label); w.field("stage", t.stage)
            w.field("stage_index", t.stageIndex); w.field("handoff", t.handoff); w.field("mentions", t.mentions)
            w.field("records", t.records); w.field("share", t.share); w.field("mean_compound", t.meanCompound)
            w.field("positive_share", t.positiveShare); w.field("negative_share", t.negativeShare)
            w.field("top_emotion", t.topEmotion)
            w.endObject()
        }
        w.endArray()
        w.key("quadrant"); w.beginArray()
        for p in quadrant {
            w.beginObject()
            w.field("touchpoint", p.touchpoint); w.field("label", p.label); w.field("importance", p.importance)
            w.field("performance", p.performance); w.field("mentions", p.mentions)
            w.endObject()
        }
        w.endArray()
        if let cut = quadrantCut {
            w.key("quadrant_cut"); w.beginObject()
            w.field("importance", cut.importance); w.field("performance", cut.performance)
            w.field("importance_source", cut.importanceSource)
            w.endObject()
        }
        w.key("touchpoint_emotions"); w.beginObject()
        w.key("emotions"); w.beginArray(); for e in emotions.emotions { w.string(e) }; w.endArray()
        w.key("rows"); w.beginArray()
        for row in emotions.rows {
            w.beginObject()
            w.field("touchpoint", row.touchpoint); w.field("label", row.label); w.field("mentions", row.mentions)
            w.key("values"); w.beginObject()
            for (e, v) in zip(emotions.emotions, row.values) { w.field(e, v) }
            w.endObject()
            w.endObject()
        }
        w.endArray(); w.endObject()
        w.key("stages"); w.beginArray()
        for s in stages {
            w.beginObject()
            w.field("index", s.index); w.field("stage", s.stage); w.field("label", s.label)
            w.field("mentions", s.mentions); w.field("mean_compound", s.meanCompound)
            w.field("negative_share", s.negativeShare); w.field("top_touchpoint", s.topTouchpoint)
            w.endObject()
        }
        w.endArray()
        w.key("drivers"); w.beginArray()
        for d in drivers {
            w.beginObject()
            w.field("touchpoint", d.touchpoint); w.field("label", d.label); w.field("method", d.method)
            w.field("weight", d.weight); w.field("lower", d.lower); w.field("upper", d.upper)
            w.field("penalty", d.penalty); w.field("reward", d.reward)
            w.endObject()
        }
        w.endArray()
        w.key("segments"); w.beginArray()
        for c in segments {
            w.beginObject()
            w.field("dimension", c.dimension)
            w.key("values"); w.beginArray()
            for r in c.rows {
                w.beginObject()
                w.field("value", r.value); w.field("records", r.records); w.field("mean_compound", r.meanCompound)
                w.field("negative_share", r.negativeShare); w.field("top_touchpoint", r.topTouchpoint)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("trends"); w.beginArray()
        for t in trends {
            w.beginObject()
            w.field("series", t.name); w.field("label", t.label)
            w.key("points"); w.beginArray()
            for p in t.points {
                w.beginObject()
                w.field("period", p.period); w.field("mentions", p.mentions); w.field("mean_compound", p.meanCompound)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("rejects"); w.beginArray()
        for r in rejects {
            w.beginObject()
            w.field("source", r.source); w.field("line", r.line); w.field("code", r.code); w.field("field", r.field)
            w.field("message", r.message); w.field("raw", r.raw)
            w.endObject()
        }
        w.endArray()
        w.key("notes"); w.beginArray(); for n in notes { w.string(n) }; w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    private static func write(_ m: ReportDocument.Moment, to w: inout JSONWriter) {
        w.beginObject()
        w.field("rank", m.rank); w.field("touchpoint", m.touchpoint); w.field("label", m.label)
        w.field("stage", m.stage); w.field("class", m.momentClass); w.field("score", m.score)
        w.key("components"); w.beginArray()
        for c in m.components {
            w.beginObject(); w.field("name", c.name); w.field("value", c.value); w.field("weight", c.weight)
            w.endObject()
        }
        w.endArray()
        w.field("reason", m.reason); w.field("mentions", m.mentions); w.field("share", m.share)
        w.field("mean_compound", m.meanCompound); w.field("negative_share", m.negativeShare)
        w.key("quotes"); w.beginArray()
        for q in m.quotes {
            w.beginObject(); w.field("text", q.text); w.field("record", q.recordID); w.field("compound", q.compound)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}

import MTMRecord

/// The partial's JSON form: `{"format":"mtm-partial","version":1, ...}` with every object's keys sorted and exact
/// sums as strings (see `ExactSum.text`), so equal partials are equal bytes.
extension Partial {
    public var jsonText: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("format", "mtm-partial")
        w.field("version", Self.formatVersion)
        w.key("configuration"); w.beginObject()
        w.field("quote_limit", configuration.quoteLimit)
        w.field("quote_length", configuration.quoteLength)
        w.field("phrase_limit", configuration.phraseLimit)
        w.field("sample_limit", configuration.sampleLimit)
        w.endObject()
        w.counts("rating_scales", ratingScales)
        w.key("overall"); overall.write(to: &w)
        w.key("segments"); w.beginObject()
        for name in segments.keys.sorted() {
            w.key(name); w.beginObject()
            for value in segments[name]!.keys.sorted() { w.key(value); segments[name]![value]!.write(to: &w) }
            w.endObject()
        }
        w.endObject()
        w.key("periods"); w.beginObject()
        for p in periods.keys.sorted() { w.key(p); periods[p]!.write(to: &w) }
        w.endObject()
        w.key("text_moments"); text.write(to: &w)
        w.key("survey_moments"); survey.write(to: &w)
        w.key("stated_importance"); w.beginObject()
        for id in stated.keys.sorted() {
            w.key(id); w.beginObject(); w.field("count", stated[id]!.count); w.field("sum", stated[id]!.sum)
            w.endObject()
        }
        w.endObject()
        w.key("sample"); w.beginArray()
        for e in sample.entries {
            w.beginObject()
            w.field("hash", String(e.hash, radix: 16))
            w.field("id", e.id)
            w.field("y", Int(e.y))
            w.key("x"); w.beginObject(); for k in e.x.keys.sorted() { w.field(k, Int(e.x[k]!)) }; w.endObject()
            w.key("survey"); w.beginObject(); for k in e.survey.keys.sorted() { w.field(k, Int(e.survey[k]!)) }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }

    /// Reads a partial written by `jsonText`; `file` names it in errors.
    public init(jsonText: String, file: String? = nil) throws(AggregateError) {
        do throws(AggregateError) {
            let root: JSONValue
            do { root = try JSONParser.parse(jsonText) } catch {
                throw AggregateError.syntax(file: nil, line: error.line, column: error.column, message: error.message)
            }
            let r = JSONReader(root, context: "partial")
            guard (try? r.string("format")) == "mtm-partial" else {
                throw AggregateError.field(file: nil, path: "partial.format", expected: "\"mtm-partial\"")
            }
            let version = try r.int("version")
            guard version <= Self.formatVersion else {
                throw AggregateError.version(file: nil, found: version, supported: Self.formatVersion)
            }
            let c = try r.child("configuration")
            self.init(configuration: PartialConfiguration(
                quoteLimit: try c.int("quote_limit"), quoteLength: try c.int("quote_length"),
                phraseLimit: try c.int("phrase_limit"), sampleLimit: try c.int("sample_limit")))
            ratingScales = try r.counts("rating_scales")
            overall = try Slice(json: try r.child("overall"))
            for (name, values) in try r.object("segments") {
                let vr = JSONReader(values, context: "partial.segments.\(name)")
                guard case let .object(members) = values else {
                    throw AggregateError.field(file: nil, path: vr.context, expected: "an object")
                }
                for (value, slice) in members {
                    segments[name, default: [:]][value] = try Slice(json: JSONReader(slice, context: "\(vr.context).\(value)"))
                }
            }
            for (p, slice) in try r.object("periods") {
                periods[p] = try Slice(json: JSONReader(slice, context: "partial.periods.\(p)"))
            }
            text = try TextMoments(json: try r.child("text_moments"))
            survey = try PairwiseMoments(json: try r.child("survey_moments"))
            for (id, v) in try r.object("stated_importance") {
                let s = JSONReader(v, context: "partial.stated_importance.\(id)")
                var sums = StatedSums()
                sums.count = try s.int("count")
                sums.sum = try s.sum("sum")
                stated[id] = sums
            }
            for (i, item) in try r.array("sample").enumerated() {
                let e = JSONReader(item, context: "partial.sample.\(i)")
                guard let hash = UInt64(try e.string("hash"), radix: 16) else {
                    throw AggregateError.field(file: nil, path: "\(e.context).hash", expected: "a hex hash")
                }
                sample.entries.append(RecordSample.Entry(
                    hash: hash, id: try e.string("id"), y: try e.int64("y"),
                    x: try e.counts("x").mapValues(Int64.init), survey: try e.counts("survey").mapValues(Int64.init)))
            }
        } catch {
            throw file.map { error.inFile($0) } ?? error
        }
    }
}

extension Slice {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("records", records)
        w.field("rated_records", ratedRecords)
        w.field("rating_sum", ratingSum)
        w.field("records_with_mentions", recordsWithMentions)
        w.field("mentions", mentions)
        w.key("record_sentiment"); recordSentiment.write(to: &w)
        w.key("touchpoints"); w.beginObject()
        for id in touchpoints.keys.sorted() { w.key(id); touchpoints[id]!.write(to: &w) }
        w.endObject()
        w.key("stages"); w.beginObject()
        for id in stages.keys.sorted() {
            let s = stages[id]!
            w.key(id); w.beginObject()
            w.field("stage_index", s.stageIndex)
            s.tally.writeFields(to: &w)
            w.endObject()
        }
        w.endObject()
        w.endObject()
    }

    init(json r: JSONReader) throws(AggregateError) {
        self.init()
        records = try r.int("records")
        ratedRecords = try r.int("rated_records")
        ratingSum = try r.sum("rating_sum")
        recordsWithMentions = try r.int("records_with_mentions")
        mentions = try r.int("mentions")
        recordSentiment = try SentimentSplit(json: try r.child("record_sentiment"))
        for (id, v) in try r.object("touchpoints") {
            touchpoints[id] = try TouchpointStats(json: JSONReader(v, context: "\(r.context).touchpoints.\(id)"))
        }
        for (id, v) in try r.object("stages") {
            let s = JSONReader(v, context: "\(r.context).stages.\(id)")
            var st = StageStats(stageIndex: try s.int("stage_index"))
            st.tally = try MentionTally(json: s)
            stages[id] = st
        }
    }
}

extension SentimentSplit {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("negative", negative); w.field("neutral", neutral); w.field("positive", positive)
        w.field("negative_sum", negativeSum); w.field("neutral_sum", neutralSum); w.field("positive_sum", positiveSum)
        w.endObject()
    }

    init(json r: JSONReader) throws(AggregateError) {
        self.init()
        negative = try r.int("negative"); neutral = try r.int("neutral"); positive = try r.int("positive")
        negativeSum = try r.sum("negative_sum"); neutralSum = try r.sum("neutral_sum")
        positiveSum = try r.sum("positive_sum")
    }
}

extension TouchpointStats {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("label", label); w.field("stage", stage); w.field("stage_index", stageIndex)
        w.field("handoff", handoff)
        w.field("records", records)
        tally.writeFields(to: &w)
        w.field("promise_mentions", promiseMentions); w.field("promise_negative", promiseNegative)
        w.counts("phrases", phrases.counts)
        w.key("positive_quotes"); w.beginArray(); for q in positiveQuotes { q.write(to: &w) }; w.endArray()
        w.key("negative_quotes"); w.beginArray(); for q in negativeQuotes { q.write(to: &w) }; w.endArray()
        w.key("rated"); rated.write(to: &w)
        w.endObject()
    }

    init(json r: JSONReader) throws(AggregateError) {
        self.init(label: try r.string("label"), stage: try r.string("stage"), stageIndex: try r.int("stage_index"),
                  handoff: try r.bool("handoff"))
        records = try r.int("records")
        tally = try MentionTally(json: r)
        promiseMentions = try r.int("promise_mentions"); promiseNegative = try r.int("promise_negative")
        phrases.counts = try r.counts("phrases")
        positiveQuotes = try r.array("positive_quotes").map { (v) throws(AggregateError) in try Quote(json: v) }
        negativeQuotes = try r.array("negative_quotes").map { (v) throws(AggregateError) in try Quote(json: v) }
        rated = try SentimentSplit(json: try r.child("rated"))
    }
}

extension TextMoments {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("n", n); w.field("y_sum", ySum); w.field("yy_sum", yySum)
        w.key("variables"); w.beginObject()
        for k in variables.keys.sorted() {
            let v = variables[k]!
            w.key(k); w.beginObject()
            w.field("count", v.count); w.field("sum", v.sum); w.field("sum_squares", v.sumSquares)
            w.field("sum_with_y", v.sumWithY)
            w.endObject()
        }
        w.endObject()
        w.key("cross"); w.beginObject()
        for a in cross.keys.sorted() { w.sums(a, cross[a]!) }
        w.endObject()
        w.endObject()
    }

    init(json r: JSONReader) throws(AggregateError) {
        self.init()
        n = try r.int("n"); ySum = try r.sum("y_sum"); yySum = try r.sum("yy_sum")
        for (k, v) in try r.object("variables") {
            let vr = JSONReader(v, context: "\(r.context).variables.\(k)")
            var s = VariableSums()
            s.count = try vr.int("count"); s.sum = try vr.sum("sum"); s.sumSquares = try vr.sum("sum_squares")
            s.sumWithY = try vr.sum("sum_with_y")
            variables[k] = s
        }
        let c = try r.child("cross")
        for (a, _) in try r.object("cross") { cross[a] = try c.sums(a) }
    }
}

extension PairwiseMoments {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        for a in pairs.keys.sorted() {
            w.key(a); w.beginObject()
            for b in pairs[a]!.keys.sorted() {
                let s = pairs[a]![b]!
                w.key(b); w.beginObject()
                w.field("n", s.n); w.field("sum_a", s.sumA); w.field("sum_b", s.sumB)
                w.field("sum_aa", s.sumAA); w.field("sum_bb", s.sumBB); w.field("sum_ab", s.sumAB)
                w.endObject()
            }
            w.endObject()
        }
        w.endObject()
    }

    init(json r: JSONReader) throws(AggregateError) {
        self.init()
        guard case let .object(rows) = r.value else {
            throw AggregateError.field(file: nil, path: r.context, expected: "an object")
        }
        for (a, row) in rows {
            let rr = JSONReader(row, context: "\(r.context).\(a)")
            guard case let .object(cells) = row else {
                throw AggregateError.field(file: nil, path: rr.context, expected: "an object")
            }
            for (b, v) in cells {
                let s = JSONReader(v, context: "\(rr.context).\(b)")
                var p = PairSums()
                p.n = try s.int("n"); p.sumA = try s.sum("sum_a"); p.sumB = try s.sum("sum_b")
                p.sumAA = try s.sum("sum_aa"); p.sumBB = try s.sum("sum_bb"); p.sumAB = try s.sum("sum_ab")
                pairs[a, default: [:]][b] = p
            }
        }
    }
}

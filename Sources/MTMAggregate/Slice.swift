import MTMScoring

/// The aggregate of one group of records (the whole run, one segment value, or one period): what the touchpoint
/// summary, touchpoint × emotion, stage × emotion and journey tables are built from.
public struct Slice: Sendable, Hashable {
    public var records = 0
    /// Records with a rating, and the exact sum of their ratings on the unit scale (0 = worst, 1 = best).
    public var ratedRecords = 0
    public var ratingSum = ExactSum()
    /// Records with at least one touchpoint mention.
    public var recordsWithMentions = 0
    public var mentions = 0
    /// Records by their own sentiment (the record's compound); the sums cover the rated records among them.
    public var recordSentiment = SentimentSplit()
    public var touchpoints: [String: TouchpointStats] = [:]
    public var stages: [String: StageStats] = [:]

    public init() {}

    /// `quotes[i]` is mention i's clause text, cut once per record by `Partial.add` (nil for neutral mentions).
    mutating func add(_ scored: ScoredRecord, unitRating: Int64?, quotes: [String?],
                      configuration: PartialConfiguration) {
        records += 1
        if let unitRating {
            ratedRecords += 1
            ratingSum.add(unitRating)
        }
        recordSentiment.add(label: scored.sentiment.label.rawValue, rating: unitRating ?? 0)
        if !scored.mentions.isEmpty { recordsWithMentions += 1 }
        mentions += scored.mentions.count

        var perTouchpoint: [String: (sum: Double, count: Int)] = [:]
        for (i, mention) in scored.mentions.enumerated() {
            addMention(mention, of: scored, quote: quotes[i], configuration: configuration)
            perTouchpoint[mention.touchpoint, default: (0, 0)].sum += mention.compound
            perTouchpoint[mention.touchpoint, default: (0, 0)].count += 1
        }
        for (id, agg) in perTouchpoint {
            touchpoints[id]!.records += 1
            if let unitRating {
                let label = SentimentLabel(compound: agg.sum / Double(agg.count)).rawValue
                touchpoints[id]!.rated.add(label: label, rating: unitRating)
            }
        }
    }

    private mutating func addMention(_ m: Mention, of scored: ScoredRecord, quote text: String?,
                                     configuration: PartialConfiguration) {
        var tp = touchpoints[m.touchpoint]
            ?? TouchpointStats(label: m.label, stage: m.stage, stageIndex: m.stageIndex, handoff: m.handoff)
        tp.label = min(tp.label, m.label)
        tp.stage = min(tp.stage, m.stage)
        tp.stageIndex = min(tp.stageIndex, m.stageIndex)
        tp.handoff = tp.handoff || m.handoff
        let q = FixedPoint.quantise(m.compound)
        let label = m.label3
        tp.tally.add(m)
        if m.promise {
            tp.promiseMentions += 1
            if label == .negative { tp.promiseNegative += 1 }
        }
        tp.phrases.add(m.phrase, limit: configuration.phraseLimit)
        if label != .neutral, let text {
            let quote = Quote(recordID: scored.record.id, source: scored.record.source, line: scored.record.line,
                              compound: q, start: m.clauseRange.lowerBound, end: m.clauseRange.upperBound,
                              text: text)
            if label == .positive {
                tp.positiveQuotes = Quote.topK(tp.positiveQuotes, [quote], k: configuration.quoteLimit)
            } else {
                tp.negativeQuotes = Quote.topK(tp.negativeQuotes, [quote], k: configuration.quoteLimit)
            }
        }
        touchpoints[m.touchpoint] = tp

        var stage = stages[m.stage] ?? StageStats(stageIndex: m.stageIndex)
        stage.stageIndex = min(stage.stageIndex, m.stageIndex)
        stage.tally.add(m)
        stages[m.stage] = stage
    }

    public mutating func merge(_ o: Slice, configuration: PartialConfiguration) {
        records += o.records
        ratedRecords += o.ratedRecords
        ratingSum.add(o.ratingSum)
        recordsWithMentions += o.recordsWithMentions
        mentions += o.mentions
        recordSentiment.merge(o.recordSentiment)
        for (id, stats) in o.touchpoints {
            if var mine = touchpoints[id] {
                mine.merge(stats, quoteLimit: configuration.quoteLimit, phraseLimit: configuration.phraseLimit)
                touchpoints[id] = mine
            } else {   // merged into an empty copy so a partial with larger bounds is cut to ours
                var fresh = TouchpointStats(label: stats.label, stage: stats.stage, stageIndex: stats.stageIndex,
                                            handoff: stats.handoff)
                fresh.merge(stats, quoteLimit: configuration.quoteLimit, phraseLimit: configuration.phraseLimit)
                touchpoints[id] = fresh
            }
        }
        for (id, stats) in o.stages {
            if var mine = stages[id] { mine.merge(stats); stages[id] = mine } else { stages[id] = stats }
        }
    }
}

import MTMAggregate

/// One row of the touchpoint summary.
public struct TouchpointSummary: Sendable, Hashable {
    public var touchpoint: String
    public var label: String
    public var stage: String
    public var stageIndex: Int
    public var handoff: Bool
    /// Records mentioning the touchpoint, and its mentions.
    public var records: Int
    public var mentions: Int
    /// Share of the slice's records that mention it.
    public var share: Double
    /// Shares of mentions by clause sentiment, with Wilson 95% intervals.
    public var positive: Proportion
    public var neutral: Proportion
    public var negative: Proportion
    public var meanCompound: Double
    /// % positive − % negative mentions, in [−1, 1].
    public var netSentiment: Double
    /// Mean |compound| of its mentions.
    public var intensity: Double
    /// Share of its emotion tags that are high-arousal emotions (0 when it has none).
    public var highArousalShare: Double
    /// Mentions on promise phrases and the negative ones among them.
    public var promise: Proportion
    public var topPhrases: [PhraseCount]
    /// The most intense positive and negative mentions, best first.
    public var positiveQuotes: [Quote]
    public var negativeQuotes: [Quote]
}

/// A matched phrase and its mentions.
public struct PhraseCount: Sendable, Hashable {
    public var phrase: String
    public var count: Int
}

/// Mention counts per (row, emotion), with row shares (count / the row's total emotion tags).
public struct EmotionMatrix: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public var row: String
        public var emotion: String
        public var count: Int
        public var rowShare: Double
    }
    /// Row ids in table order (touchpoints by id, or stages in journey order), emotion names sorted.
    public var rows: [String]
    public var emotions: [String]
    public var cells: [Cell]

    public func cell(_ row: String, _ emotion: String) -> Cell? {
        cells.first { $0.row == row && $0.emotion == emotion }
    }
}

/// One point of the journey curve.
public struct JourneyPoint: Sendable, Hashable {
    public var stage: String
    public var stageIndex: Int
    public var mentions: Int
    public var meanCompound: Double
    public var negative: Proportion
    public var intensity: Double
}

/// The tables of one slice (the whole run, a segment value or a period).
public struct SliceTables: Sendable, Hashable {
    /// `all`, `segment:<name>=<value>` or `period:<period>`.
    public var scope: String
    public var records: Int
    public var ratedRecords: Int
    /// Mean rating on the unit scale (0 = worst, 1 = best), nil without ratings.
    public var meanUnitRating: Double?
    public var touchpoints: [TouchpointSummary]
    public var touchpointEmotions: EmotionMatrix
    public var stageEmotions: EmotionMatrix
    public var journey: [JourneyPoint]

    /// Builds every table of `slice`; `highArousal` names the high-arousal emotions.
    public init(scope: String, slice: Slice, highArousal: Set<String>, topPhrases: Int = 5) {
        self.scope = scope
        records = slice.records
        ratedRecords = slice.ratedRecords
        meanUnitRating = slice.ratedRecords > 0 ? slice.ratingSum.value / Double(slice.ratedRecords) : nil
        let ids = slice.touchpoints.keys.sorted()
        touchpoints = ids.map { id in
            let t = slice.touchpoints[id]!
            let m = max(1, t.mentions)
            let tags = t.emotions.values.reduce(0, +)
            let high = t.emotions.filter { highArousal.contains($0.key) }.values.reduce(0, +)
            return TouchpointSummary(
                touchpoint: id, label: t.label, stage: t.stage, stageIndex: t.stageIndex, handoff: t.handoff,
                records: t.records, mentions: t.mentions,
                share: slice.records > 0 ? Double(t.records) / Double(slice.records) : 0,
                positive: Proportion(t.positive, of: t.mentions), neutral: Proportion(t.neutral, of: t.mentions),
                negative: Proportion(t.negative, of: t.mentions),
                meanCompound: t.compoundSum.value / Double(m),
                netSentiment: Double(t.positive - t.negative) / Double(m),
                intensity: t.intensitySum.value / Double(m),
                highArousalShare: tags > 0 ? Double(high) / Double(tags) : 0,
                promise: Proportion(t.promiseNegative, of: t.promiseMentions),
                topPhrases: t.phrases.top(topPhrases).map { PhraseCount(phrase: $0.phrase, count: $0.count) },
                positiveQuotes: t.positiveQuotes, negativeQuotes: t.negativeQuotes)
        }
        touchpointEmotions = Self.matrix(rows: ids, emotions: ids.map { slice.touchpoints[$0]!.emotions })
        let stageIDs = slice.stages.keys.sorted {
            let a = slice.stages[$0]!.stageIndex, b = slice.stages[$1]!.stageIndex
            return a != b ? a < b : $0 < $1
        }
        stageEmotions = Self.matrix(rows: stageIDs, emotions: stageIDs.map { slice.stages[$0]!.emotions })
        journey = stageIDs.map { id in
            let s = slice.stages[id]!
            let m = max(1, s.mentions)
            return JourneyPoint(stage: id, stageIndex: s.stageIndex, mentions: s.mentions,
                                meanCompound: s.compoundSum.value / Double(m),
                                negative: Proportion(s.negative, of: s.mentions),
                                intensity: s.intensitySum.value / Double(m))
        }
    }

    static func matrix(rows: [String], emotions: [[String: Int]]) -> EmotionMatrix {
        let names = Set(emotions.flatMap(\.keys)).sorted()
        var cells: [EmotionMatrix.Cell] = []
        for (row, counts) in zip(rows, emotions) {
            let total = counts.values.reduce(0, +)
            for e in names {
                let c = counts[e] ?? 0
                cells.append(.init(row: row, emotion: e, count: c, rowShare: total > 0 ? Double(c) / Double(total) : 0))
            }
        }
        return EmotionMatrix(rows: rows, emotions: names, cells: cells)
    }
}

/// The tables for the whole run, then each segment value (segments by name, values sorted), then each period.
public struct RunTables: Sendable, Hashable {
    public var overall: SliceTables
    public var segments: [SliceTables]
    public var periods: [SliceTables]

    public init(partial: Partial, highArousal: Set<String>) {
        overall = SliceTables(scope: "all", slice: partial.overall, highArousal: highArousal)
        segments = partial.segments.keys.sorted().flatMap { name in
            partial.segments[name]!.keys.sorted().map { value in
                SliceTables(scope: "segment:\(name)=\(value)", slice: partial.segments[name]![value]!,
                            highArousal: highArousal)
            }
        }
        periods = partial.periods.keys.sorted().map {
            SliceTables(scope: "period:\($0)", slice: partial.periods[$0]!, highArousal: highArousal)
        }
    }

    public var all: [SliceTables] { [overall] + segments + periods }
}

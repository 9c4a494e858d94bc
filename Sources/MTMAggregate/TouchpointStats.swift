import MTMRecord

/// Everything the touchpoint tables need about one touchpoint in one slice, as counts and exact sums.
public struct TouchpointStats: Sendable, Hashable {
    /// Taxonomy facts, taken from the mentions (the same taxonomy gives the same values; if shards disagree, the
    /// smallest label/stage and the earliest stage index win, so merging stays order-free).
    public var label: String
    public var stage: String
    public var stageIndex: Int
    public var handoff: Bool

    /// Records that mention the touchpoint at least once.
    public var records = 0
    /// Its mentions by clause sentiment (VADER's ±0.05 cut-off), compound sums and emotion counts.
    public var tally = MentionTally()
    /// Mentions on the taxonomy's promise phrases, and those among them with negative sentiment.
    public var promiseMentions = 0
    public var promiseNegative = 0
    /// Matched phrase → mentions, bounded (see `PhraseCounts`).
    public var phrases = PhraseCounts()
    /// The most intense positive and negative mentions (bounded top-k).
    public var positiveQuotes: [Quote] = []
    public var negativeQuotes: [Quote] = []
    /// Rated records that mention the touchpoint, split by the record's touchpoint sentiment (mean clause compound
    /// of its mentions), with the sum of their unit ratings: the penalty–reward and rating-gap inputs.
    public var rated = SentimentSplit()

    public init(label: String, stage: String, stageIndex: Int, handoff: Bool) {
        self.label = label
        self.stage = stage
        self.stageIndex = stageIndex
        self.handoff = handoff
    }

    public var mentions: Int { tally.mentions }
    public var positive: Int { tally.positive }
    public var neutral: Int { tally.neutral }
    public var negative: Int { tally.negative }
    public var compoundSum: ExactSum { tally.compoundSum }
    public var intensitySum: ExactSum { tally.intensitySum }
    public var emotions: [String: Int] { tally.emotions }

    /// Merges `other` into this; exact and order-free.
    public mutating func merge(_ other: TouchpointStats, quoteLimit: Int, phraseLimit: Int) {
        label = min(label, other.label)
        stage = min(stage, other.stage)
        stageIndex = min(stageIndex, other.stageIndex)
        handoff = handoff || other.handoff
        records += other.records
        tally.merge(other.tally)
        promiseMentions += other.promiseMentions
        promiseNegative += other.promiseNegative
        phrases.merge(other.phrases, limit: phraseLimit)
        positiveQuotes = Quote.topK(positiveQuotes, other.positiveQuotes, k: quoteLimit)
        negativeQuotes = Quote.topK(negativeQuotes, other.negativeQuotes, k: quoteLimit)
        rated.merge(other.rated)
    }
}

/// Rated records split by sentiment toward something, with exact sums of their unit ratings.
public struct SentimentSplit: Sendable, Hashable {
    public var negative = 0
    public var neutral = 0
    public var positive = 0
    public var negativeSum = ExactSum()
    public var neutralSum = ExactSum()
    public var positiveSum = ExactSum()

    public init() {}

    public var count: Int { negative + neutral + positive }
    public var sum: ExactSum { negativeSum + neutralSum + positiveSum }

    mutating func add(label: String, rating: Int64) {
        switch label {
        case "negative": negative += 1; negativeSum.add(rating)
        case "positive": positive += 1; positiveSum.add(rating)
        default: neutral += 1; neutralSum.add(rating)
        }
    }

    mutating func merge(_ o: SentimentSplit) {
        negative += o.negative; neutral += o.neutral; positive += o.positive
        negativeSum.add(o.negativeSum); neutralSum.add(o.neutralSum); positiveSum.add(o.positiveSum)
    }
}

/// Phrase → count with a bound that keeps merging exact: when a touchpoint has more than `limit` distinct phrases,
/// the kept phrases are the `limit` with the smallest FNV-1a hashes (a bottom-k sketch over phrase identity). A
/// phrase kept after a merge was kept in every shard that saw it, so its count is exact; the dropped phrases'
/// mentions are `TouchpointStats.mentions − total` (reported as "other phrases"). Taxonomy phrases per touchpoint
/// are few (tens), so the default bound of 256 is a guard against runaway inputs, not a sampling step.
public struct PhraseCounts: Sendable, Hashable {
    public var counts: [String: Int] = [:]
    public init() {}

    public var total: Int { counts.values.reduce(0, +) }

    mutating func add(_ phrase: String, limit: Int) {
        counts[phrase, default: 0] += 1
        trim(limit)
    }

    mutating func merge(_ other: PhraseCounts, limit: Int) {
        counts.merge(other.counts, uniquingKeysWith: +)
        trim(limit)
    }

    private mutating func trim(_ limit: Int) {
        guard counts.count > limit else { return }
        let kept = counts.keys.sorted { (Hash.fnv1a($0), $0) < (Hash.fnv1a($1), $1) }.prefix(limit)
        counts = Dictionary(uniqueKeysWithValues: kept.map { ($0, counts[$0]!) })
    }

    /// The most frequent phrases, ties by phrase.
    public func top(_ n: Int) -> [(phrase: String, count: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(n)
            .map { (phrase: $0.key, count: $0.value) }
    }
}

/// 64-bit FNV-1a: a stable hash (the same on every platform and run, unlike `Hasher`).
public enum Hash {
    public static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}

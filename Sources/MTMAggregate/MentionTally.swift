import MTMRecord
import MTMScoring

/// Mention counts by clause sentiment, exact sums of compound and |compound|, and emotion counts: what touchpoint
/// and stage statistics both hold.
public struct MentionTally: Sendable, Hashable {
    public var mentions = 0
    public var positive = 0
    public var neutral = 0
    public var negative = 0
    public var compoundSum = ExactSum()
    public var intensitySum = ExactSum()
    /// Emotion name → mentions whose clause carries it (weight > 0).
    public var emotions: [String: Int] = [:]

    public init() {}

    mutating func add(_ m: Mention) {
        let q = FixedPoint.quantise(m.compound)
        mentions += 1
        switch m.label3 {
        case .positive: positive += 1
        case .neutral: neutral += 1
        case .negative: negative += 1
        }
        compoundSum.add(q)
        intensitySum.add(abs(q))
        for (name, weight) in m.emotions where weight > 0 { emotions[name, default: 0] += 1 }
    }

    mutating func merge(_ o: MentionTally) {
        mentions += o.mentions
        positive += o.positive
        neutral += o.neutral
        negative += o.negative
        compoundSum.add(o.compoundSum)
        intensitySum.add(o.intensitySum)
        emotions.merge(o.emotions, uniquingKeysWith: +)
    }

    /// Writes the fields into the object being written (flat, beside the owner's own fields).
    func writeFields(to w: inout JSONWriter) {
        w.field("mentions", mentions)
        w.field("positive", positive); w.field("neutral", neutral); w.field("negative", negative)
        w.field("compound_sum", compoundSum); w.field("intensity_sum", intensitySum)
        w.counts("emotions", emotions)
    }

    init(json r: JSONReader) throws(AggregateError) {
        mentions = try r.int("mentions")
        positive = try r.int("positive"); neutral = try r.int("neutral"); negative = try r.int("negative")
        compoundSum = try r.sum("compound_sum"); intensitySum = try r.sum("intensity_sum")
        emotions = try r.counts("emotions")
    }
}

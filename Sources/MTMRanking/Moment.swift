import MTMAggregate

/// The named components of the MTM score, each in [0, 1] (definitions in Docs/ranking.md).
public struct ScoreComponents: Sendable, Hashable {
    /// Share of records mentioning the touchpoint.
    public var volume: Double
    /// Negative share of mentions at its Wilson 95% lower bound; for a touchpoint with positive net sentiment,
    /// its mirror, the positive share at its lower bound, so a delight to protect can rank as surely as a pain.
    public var friction: Double
    /// intensityWeight·mean |compound| + (1 − intensityWeight)·high-arousal share.
    public var emotionalCharge: Double
    /// Shapley share of R² ÷ the largest (with ratings), else |rating gap| ÷ the largest; 0 without ratings.
    public var derivedImpact: Double
    /// Last stage, first stage, hand-off (the largest that applies).
    public var journeyPosition: Double
    /// Negative share of promise mentions at its Wilson lower bound.
    public var promiseGap: Double
    /// min(1, (|Δ net sentiment| − its 95% margin)⁺ ÷ full scale) between the last two periods; 0 without periods.
    public var trend: Double

    public var named: [(name: String, value: Double)] {
        [("volume", volume), ("friction", friction), ("emotional_charge", emotionalCharge),
         ("derived_impact", derivedImpact), ("journey_position", journeyPosition), ("promise_gap", promiseGap),
         ("trend", trend)]
    }

    public func score(_ c: RankingConfiguration) -> Double {
        named.reduce(0) { $0 + c.weight($1.name) * $1.value }
    }
}

public enum MomentKind: String, Sendable, Hashable, CaseIterable {
    /// Mostly negative: fix it.
    case painPoint = "pain point"
    /// Mostly positive: protect and amplify it.
    case delight
    /// Mixed or thin evidence: keep an eye on it.
    case watch
}

/// The score of one touchpoint, with everything the reason sentence is built from.
public struct TouchpointScore: Sendable, Hashable {
    /// The touchpoint's row of the run's touchpoint summary (shares, intervals, quotes).
    public var summary: TouchpointSummary
    public var components: ScoreComponents
    public var score: Double
    public var kind: MomentKind
    /// Penalty (negative mention vs none) and reward, in rating units; nil without enough rated records.
    public var penalty: Double?
    public var reward: Double?
    /// Shapley share of R² (nil when not in the driver model).
    public var driverShare: Double?
    /// Net sentiment change vs the previous period and that period's name.
    public var trendChange: Double?
    public var previousPeriod: String?
    public var isFirstStage: Bool
    public var isLastStage: Bool
    /// Eligible to be a moment (enough mentions).
    public var eligible: Bool

    public var touchpoint: String { summary.touchpoint }
    public var label: String { summary.label }
    public var records: Int { summary.records }
    public var share: Double { summary.share }
    public var positive: Proportion { summary.positive }
    public var negative: Proportion { summary.negative }
    public var netSentiment: Double { summary.netSentiment }
    public var handoff: Bool { summary.handoff }
}

/// One of the top-N Moments That Matter.
public struct Moment: Sendable, Hashable {
    public var rank: Int
    public var score: TouchpointScore
    /// One plain-language sentence built from the figures.
    public var reason: String
    /// Two representative quotes (the class's polarity first).
    public var quotes: [Quote]
}

/// Importance–performance data for one touchpoint.
public struct QuadrantPoint: Sendable, Hashable {
    public var touchpoint: String
    public var label: String
    /// Derived importance in [0, 1] (see `importanceSource`).
    public var importance: Double
    /// "shapley", "rating gap" or "volume" (the best evidence available).
    public var importanceSource: String
    /// Net sentiment in [−1, 1].
    public var performance: Double
    /// "fix" (important, weak), "protect" (important, strong), "maintain" (less important, strong),
    /// "monitor" (less important, weak). Important = above 0 and at or above the mean importance; strong = net > 0.
    public var quadrant: String
}

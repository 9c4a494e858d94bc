import MTMRecord
import MTMScoring

/// Synthetic scored corpora with planted moments, for validating the ranking: a hotel journey of ten touchpoints
/// where the rating is driven by known touchpoints and decoys are built to fool naive rankings.
///
/// - `billing` (last stage, hand-off): pain point — mostly negative and the strongest driver of the rating.
/// - `staff`: delight — mostly positive and a strong driver.
/// - `wifi`: friction — mostly negative, a weaker driver.
/// - `room`: volume decoy — mentioned by most records, mixed sentiment, no effect on the rating.
/// - `parking`: small-n decoy — rare and always negative (a raw negative share of 100%), no effect.
/// - `booking`, `website`, `checkin`, `breakfast`, `checkout`: background, mixed, no effect.
///
/// `noise` in [0, 1] blurs the signal the way real data does: the rating's noise σ = 1.5·noise stars, and each
/// mention's sentiment is replaced by a random one with probability 0.5·noise (scorer errors).
public enum SyntheticCorpus {
    public struct Touchpoint: Sendable {
        public var id: String
        public var stage: String
        public var stageIndex: Int
        public var handoff: Bool
        /// Probability a record mentions it.
        public var rate: Double
        /// Probability a mention is negative (else positive, with 20% neutral taken from both).
        public var negativeRate: Double
        /// Rating change (stars) per unit of mention compound.
        public var effect: Double
    }

    public static let touchpoints: [Touchpoint] = [
        .init(id: "booking", stage: "book", stageIndex: 0, handoff: false, rate: 0.15, negativeRate: 0.4, effect: 0),
        .init(id: "website", stage: "book", stageIndex: 0, handoff: false, rate: 0.10, negativeRate: 0.5, effect: 0),
        .init(id: "checkin", stage: "arrive", stageIndex: 1, handoff: false, rate: 0.20, negativeRate: 0.4, effect: 0),
        .init(id: "parking", stage: "arrive", stageIndex: 1, handoff: false, rate: 0.004, negativeRate: 1, effect: 0),
        .init(id: "room", stage: "stay", stageIndex: 2, handoff: false, rate: 0.60, negativeRate: 0.45, effect: 0),
        .init(id: "staff", stage: "stay", stageIndex: 2, handoff: false, rate: 0.30, negativeRate: 0.15, effect: 1.4),
        .init(id: "wifi", stage: "stay", stageIndex: 2, handoff: false, rate: 0.18, negativeRate: 0.75, effect: 1.0),
        .init(id: "breakfast", stage: "stay", stageIndex: 2, handoff: false, rate: 0.15, negativeRate: 0.35,
              effect: 0),
        .init(id: "checkout", stage: "depart", stageIndex: 3, handoff: false, rate: 0.10, negativeRate: 0.4, effect: 0),
        .init(id: "billing", stage: "depart", stageIndex: 3, handoff: true, rate: 0.22, negativeRate: 0.75,
              effect: 1.6),
    ]

    /// What a good ranking should find.
    public static let plantedPain = ["billing", "wifi"]
    public static let plantedDelight = ["staff"]
    public static let decoys = ["room", "parking"]

    /// Rating with no mention effects (stars).
    static let baseRating = 3.6

    static let negativeWords = ["terrible", "slow", "a nightmare", "awful"]
    static let positiveWords = ["lovely", "quick", "excellent", "great"]

    public static func generate(records count: Int, noise: Double, seed: UInt64) -> [ScoredRecord] {
        var rng = SplitMix64(seed: seed)
        var out: [ScoredRecord] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            var text = ""
            var mentions: [Mention] = []
            var rating = baseRating
            for tp in touchpoints where rng.unit() < tp.rate {
                var compound: Double
                let u = rng.unit()
                if u < 0.2 {
                    compound = 0
                } else if rng.unit() < tp.negativeRate {
                    compound = -(0.3 + 0.6 * rng.unit())
                } else {
                    compound = 0.3 + 0.6 * rng.unit()
                }
                rating += tp.effect * compound
                if rng.unit() < 0.5 * noise { compound = 1.8 * rng.unit() - 0.9 }   // the scorer got it wrong
                compound = (compound * 10_000).rounded() / 10_000
                let word = compound <= -0.05 ? negativeWords[Int(rng.next() % 4)]
                    : compound >= 0.05 ? positiveWords[Int(rng.next() % 4)] : "fine"
                if !text.isEmpty { text += " " }
                let start = text.utf8.count
                text += "The \(tp.id) was \(word)."
                let end = text.utf8.count
                let words = (start + 4)..<(start + 4 + tp.id.utf8.count)   // "The " precedes the touchpoint
                let emotions: [String: Double] = compound <= -0.05 ? [rng.unit() < 0.5 ? "anger" : "sadness": 1]
                    : compound >= 0.05 ? [rng.unit() < 0.5 ? "joy" : "trust": 1] : [:]
                mentions.append(Mention(
                    touchpoint: tp.id, label: tp.id.prefix(1).uppercased() + tp.id.dropFirst(), stage: tp.stage,
                    stageIndex: tp.stageIndex, handoff: tp.handoff, phrase: tp.id, utf8Range: words, clauseRange: start..<end, compound: compound, emotions: emotions))
            }
            if text.isEmpty { text = "Stayed two nights." }
            rating += 1.5 * noise * rng.normal()
            let stars = min(5, max(1, rating.rounded()))
            let period = i % 2 == 0 ? "2024-01" : "2024-02"
            let record = FeedbackRecord(
                id: "r\(i)", source: "synthetic-\(seed)", line: i + 1, text: text, rating: stars,
                ratingScale: .stars, period: period,
                segments: [Segment(name: "channel", value: i % 3 == 0 ? "app" : "web")])
            let mean = mentions.isEmpty ? 0 : mentions.map(\.compound).reduce(0, +) / Double(mentions.count)
            out.append(ScoredRecord(record: record, sentiment: SentimentScore(compound: mean, pos: 0, neu: 1, neg: 0),
                                    mentions: mentions))
        }
        return out
    }
}

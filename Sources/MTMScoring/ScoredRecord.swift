import MTMRecord

/// A record after the scoring stage: its sentiment and emotions, per sentence and whole, and its touchpoint
/// mentions. The record's `text` is unchanged; every range below points into it.
public struct ScoredRecord: Sendable, Hashable {
    public var record: FeedbackRecord
    public var sentiment: SentimentScore
    /// Emotion name → weight (sum of matched emotion-word weights after negation handling), record level.
    public var emotions: [String: Double]
    public var sentences: [ScoredSentence]
    public var mentions: [Mention]

    public init(record: FeedbackRecord, sentiment: SentimentScore, emotions: [String: Double] = [:],
                sentences: [ScoredSentence] = [], mentions: [Mention] = []) {
        self.record = record
        self.sentiment = sentiment
        self.emotions = emotions
        self.sentences = sentences
        self.mentions = mentions
    }
}

/// VADER's sentiment semantics: `compound` in [−1, 1]; `pos`, `neu`, `neg` proportions summing to about 1.
public struct SentimentScore: Sendable, Hashable {
    /// Compound at or above this is positive, at or below its negative is negative (VADER's documented cut-off).
    public static let labelThreshold = 0.05

    public var compound: Double
    public var pos: Double
    public var neu: Double
    public var neg: Double

    public init(compound: Double, pos: Double, neu: Double, neg: Double) {
        self.compound = compound
        self.pos = pos
        self.neu = neu
        self.neg = neg
    }

    public static let neutral = SentimentScore(compound: 0, pos: 0, neu: 1, neg: 0)

    public var label: SentimentLabel { SentimentLabel(compound: compound) }
    /// Strength regardless of direction: |compound|.
    public var intensity: Double { abs(compound) }
}

public enum SentimentLabel: String, Sendable, Hashable, CaseIterable {
    case positive, neutral, negative

    public init(compound: Double) {
        if compound >= SentimentScore.labelThreshold {
            self = .positive
        } else if compound <= -SentimentScore.labelThreshold {
            self = .negative
        } else {
            self = .neutral
        }
    }
}

/// One sentence's scores; `utf8Range` points into the record's original text.
public struct ScoredSentence: Sendable, Hashable {
    public var utf8Range: Range<Int>
    public var sentiment: SentimentScore
    public var emotions: [String: Double]

    public init(utf8Range: Range<Int>, sentiment: SentimentScore, emotions: [String: Double] = [:]) {
        self.utf8Range = utf8Range
        self.sentiment = sentiment
        self.emotions = emotions
    }
}

/// A mention of a customer-journey touchpoint, with the sentiment and emotions of its own clause.
/// JSON: `touchpoint`, `label`, `stage`, `handoff`, `phrase`, `start`, `end`, `compound`, `emotions`.
public struct Mention: Sendable, Hashable {
    /// Touchpoint id from the taxonomy.
    public var touchpoint: String
    public var label: String
    /// Journey stage id and its 0-based position in the taxonomy's stage order.
    public var stage: String
    public var stageIndex: Int
    /// The touchpoint crosses silos (sales → account management, ward → billing).
    public var handoff: Bool
    /// The taxonomy phrase that matched (normalised).
    public var phrase: String
    /// The matched words in the original text (UTF-8 byte offsets).
    public var utf8Range: Range<Int>
    /// The clause the sentiment was taken from (UTF-8 byte offsets): the evidence quoted for this mention.
    public var clauseRange: Range<Int>
    public var compound: Double
    public var emotions: [String: Double]
    /// The mention is negated or hypothetical ("no problem with delivery", "if the app worked").
    public var negated: Bool
    /// The clause states or breaks one of the taxonomy's promise phrases for this touchpoint.
    public var promise: Bool

    public init(touchpoint: String, label: String, stage: String, stageIndex: Int, handoff: Bool, phrase: String,
                utf8Range: Range<Int>, clauseRange: Range<Int>, compound: Double, emotions: [String: Double] = [:],
                negated: Bool = false, promise: Bool = false) {
        self.touchpoint = touchpoint
        self.label = label
        self.stage = stage
        self.stageIndex = stageIndex
        self.handoff = handoff
        self.phrase = phrase
        self.utf8Range = utf8Range
        self.clauseRange = clauseRange
        self.compound = compound
        self.emotions = emotions
        self.negated = negated
        self.promise = promise
    }

    public var label3: SentimentLabel { SentimentLabel(compound: compound) }
}

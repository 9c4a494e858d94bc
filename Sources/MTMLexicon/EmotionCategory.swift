/// An emotion the lexicon scores, as declared in `Lexicons/emotions/categories.tsv`.
public struct EmotionCategory: Sendable, Hashable {
    /// Coarse activation (circumplex model of affect): the ranking reads `high` as "emotional charge".
    public enum Arousal: String, Sendable, Hashable, CaseIterable {
        case high, low
    }

    /// Which way the emotion leans; `ambiguous` for emotions whose direction comes from context (surprise).
    public enum Polarity: String, Sendable, Hashable, CaseIterable {
        case positive, negative, ambiguous
    }

    public var name: String
    public var arousal: Arousal
    public var polarity: Polarity
    public var description: String

    public init(name: String, arousal: Arousal, polarity: Polarity, description: String = "") {
        self.name = name
        self.arousal = arousal
        self.polarity = polarity
        self.description = description
    }
}

/// One emotion a term carries, with its intensity (0...1).
public struct EmotionWeight: Sendable, Hashable {
    /// Index of the emotion in `EmotionLexicon.categories`.
    public var category: Int
    public var emotion: String
    public var weight: Double

    public init(category: Int, emotion: String, weight: Double) {
        self.category = category
        self.emotion = emotion
        self.weight = weight
    }
}

/// A lexicon term found in a run of tokens.
public struct EmotionMatch: Sendable, Hashable {
    /// Indices of the matched tokens in the collection that was searched (for an `ArraySlice`, its own indices).
    public var tokens: Range<Int>
    /// The lexicon term that matched, as its token keys joined by spaces ("fed up", "annoy").
    public var term: String
    /// Its emotions; empty for a term listed with weight 0 (a "carries no emotion" entry).
    public var weights: [EmotionWeight]

    public init(tokens: Range<Int>, term: String, weights: [EmotionWeight]) {
        self.tokens = tokens
        self.term = term
        self.weights = weights
    }
}

/// How a set of emotion weights splits by arousal: the ranking's "emotional charge".
public struct EmotionArousalSummary: Sendable, Hashable {
    public var high: Double
    public var low: Double

    public init(high: Double, low: Double) {
        self.high = high
        self.low = low
    }

    public var total: Double { high + low }
    /// Share of the weight in high-arousal emotions, 0...1; 0 when there is no emotion at all.
    public var highShare: Double { total > 0 ? high / total : 0 }
}

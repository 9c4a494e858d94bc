import MTMText

/// The sentiment and emotions of a span of one sentence's tokens. The touchpoint tagger asks for them per clause
/// and per attribution window, so any sentiment engine composes with it through this one method.
public protocol ClauseScoring {
    /// Scores `tokens`, a contiguous slice of one sentence's tokens of `text`.
    func scoreClause(_ tokens: ArraySlice<Token>, in text: AnalyzedText) -> ClauseScore
}

/// A clause's compound sentiment (VADER semantics, [−1, 1]) and emotion weights.
public struct ClauseScore: Sendable, Hashable {
    public var compound: Double
    public var emotions: [String: Double]

    public init(compound: Double, emotions: [String: Double] = [:]) {
        self.compound = compound
        self.emotions = emotions
    }

    public static let neutral = ClauseScore(compound: 0)
}

/// Adapts a closure to `ClauseScoring`.
public struct ClauseScorer: ClauseScoring {
    let body: (ArraySlice<Token>, AnalyzedText) -> ClauseScore

    public init(_ body: @escaping (ArraySlice<Token>, AnalyzedText) -> ClauseScore) {
        self.body = body
    }

    public func scoreClause(_ tokens: ArraySlice<Token>, in text: AnalyzedText) -> ClauseScore {
        body(tokens, text)
    }
}

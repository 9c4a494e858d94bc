import MTMText

/// Sentiment from the sentiment engine and emotions from the emotion scorer, for the same clause: the clause
/// scorer of `mtm tag`, so each mention carries both from its own clause.
public struct CompositeClauseScorer: ClauseScoring {
    public let sentiment: any ClauseScoring & Sendable
    public let emotions: EmotionScorer?

    public init(sentiment: any ClauseScoring & Sendable, emotions: EmotionScorer?) {
        self.sentiment = sentiment
        self.emotions = emotions
    }

    public func scoreClause(_ tokens: ArraySlice<Token>, in text: AnalyzedText) -> ClauseScore {
        var score = sentiment.scoreClause(tokens, in: text)
        if let emotions { score.emotions = emotions.score(tokens: tokens, in: text) }
        return score
    }
}

import MTMText

/// The sentiment engine scores the tagger's clauses and windows. Emotions are not part of the engine yet, so
/// mentions carry none until an emotion scorer is composed in (see `CompositeClauseScorer`).
extension SentimentEngine: ClauseScoring {
    public func scoreClause(_ tokens: ArraySlice<Token>, in text: AnalyzedText) -> ClauseScore {
        ClauseScore(compound: score(tokens: tokens, in: text).compound)
    }
}

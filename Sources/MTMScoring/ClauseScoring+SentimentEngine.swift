import MTMText

/// The sentiment engine scores the tagger's clauses and windows (compound only; `CompositeClauseScorer` adds the
/// emotion scorer's emotions).
extension SentimentEngine: ClauseScoring {
    public func scoreClause(_ tokens: ArraySlice<Token>, in text: AnalyzedText) -> ClauseScore {
        ClauseScore(compound: score(tokens: tokens, in: text).compound)
    }
}

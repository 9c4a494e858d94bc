import MTMText

extension TouchpointTagger {
    /// Words that show a mention is a name of the touchpoint ("the fit", "my complaint", "our support team").
    static let determiners: Set<String> = ["the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this",
                                           "that", "these", "those"]

    /// The sentiment of one mention, and the span it was taken from.
    ///
    /// Touchpoint names are often sentiment words themselves ("support", "fit", "complaint", "loyal customer",
    /// "fraud"), which would colour every clause that names them. So the mention's own words are left out when
    /// scoring (other mentions' words stay: in "the pool is clean" the cleanliness word judges the pool). Order: the
    /// window without them; the window with them, as the mention word may be the evaluation
    /// itself ("very comfortable", "just a bit pricey") unless a determiner shows it is a name ("the fit was boxy");
    /// then the whole clause the same two ways. The first with sentiment wins; otherwise the mention is neutral.
    func mentionScore(_ mention: Range<Int>, window: Range<Int>, clause: Range<Int>, tokens: [Token],
                      text: AnalyzedText, scorer: any ClauseScoring) -> (ClauseScore, Range<Int>) {
        if !maskMentionWords {
            for span in window == clause ? [clause] : [window, clause] {
                let score = scorer.scoreClause(tokens[span], in: text)
                if abs(score.compound) >= SentimentScore.labelThreshold { return (score, span) }
            }
            return (.neutral, window)
        }
        let named = isNamed(mention, clause: clause, tokens: tokens)
        var fallback = ClauseScore.neutral
        for span in window == clause ? [clause] : [window, clause] {
            let masked = tokens[span].indices.filter { !mention.contains($0) }.map { tokens[$0] }
            let score = masked.isEmpty ? .neutral : scorer.scoreClause(ArraySlice(masked), in: text)
            if abs(score.compound) >= SentimentScore.labelThreshold { return (score, span) }
            if span == window { fallback = score }
            if !named {
                let whole = scorer.scoreClause(tokens[span], in: text)
                if abs(whole.compound) >= SentimentScore.labelThreshold { return (whole, span) }
            }
        }
        return (fallback, window)
    }

    /// The mention follows a determiner (skipping nothing but the mention's own clause start).
    func isNamed(_ mention: Range<Int>, clause: Range<Int>, tokens: [Token]) -> Bool {
        var index = mention.lowerBound - 1
        while index >= clause.lowerBound, tokens[index].kind != .word, tokens[index].kind != .number { index -= 1 }
        return index >= clause.lowerBound && Self.determiners.contains(tokens[index].norm)
    }
}

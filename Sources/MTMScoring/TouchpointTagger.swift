import MTMLexicon
import MTMText

/// Finds the touchpoint mentions of a text and gives each the sentiment and emotions of its own clause
/// (see `ClauseSplitter` for the attribution rule and its limits).
///
/// A tagger is immutable and `Sendable`; the clause scorer is passed per call, so each worker can use its own.
public struct TouchpointTagger: Sendable {
    public let taxonomy: Taxonomy
    let matcher: PhraseMatcher
    let stageIndex: [String: Int]

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        matcher = PhraseMatcher(taxonomy: taxonomy)
        stageIndex = Dictionary(taxonomy.stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Number of compiled patterns (phrases, their closed compounds, promises and excludes).
    public var patternCount: Int { matcher.patternCount }

    /// The mentions of `text`, in text order. Without a scorer, mentions carry no sentiment (compound 0): detection only.
    public func mentions(in text: AnalyzedText, scorer: (any ClauseScoring)? = nil) -> [Mention] {
        var mentions: [Mention] = []
        for sentence in text.sentences {
            let tokens = sentence.tokens
            let matches = matcher.matches(tokens)
            guard !matches.isEmpty else { continue }
            for clause in ClauseSplitter.clauses(tokens) {
                let inClause = matches.filter { clause.contains($0.tokens.lowerBound) }
                guard !inClause.isEmpty else { continue }
                let clauseScore = scorer?.scoreClause(tokens[clause], in: text) ?? .neutral
                let windows = ClauseSplitter.windows(tokens, clause: clause, mentions: inClause.map(\.tokens))
                let promised = Set(inClause.filter(\.promise).map(\.target))
                for (match, window) in zip(inClause, windows) {
                    var score = clauseScore
                    if window != clause, let scorer {
                        let own = scorer.scoreClause(tokens[window], in: text)
                        if abs(own.compound) >= SentimentScore.labelThreshold { score = own }
                    }
                    let touchpoint = taxonomy.touchpoints[match.target]
                    let evidence = window == clause || score != clauseScore ? window : clause
                    mentions.append(Mention(
                        touchpoint: touchpoint.id, label: touchpoint.label, stage: touchpoint.stage,
                        stageIndex: stageIndex[touchpoint.stage] ?? -1, handoff: touchpoint.handoff,
                        phrase: match.phrase, utf8Range: match.utf8Range,
                        clauseRange: Self.utf8Range(tokens[evidence]) ?? match.utf8Range,
                        compound: score.compound, emotions: score.emotions,
                        negated: MentionContext.isNegated(tokens, mention: match.tokens, clause: clause),
                        promise: promised.contains(match.target)))
                }
            }
        }
        return mentions
    }

    static func utf8Range(_ tokens: ArraySlice<Token>) -> Range<Int>? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        return first.utf8Range.lowerBound..<last.utf8Range.upperBound
    }
}

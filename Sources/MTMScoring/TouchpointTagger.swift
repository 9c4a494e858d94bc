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
    /// Score a mention's window and clause without its own words (see `mentionScore`). On by default: touchpoint
    /// names such as "fit" (+1.5 in VADER), "support" (+1.7), "care" (+2.2) or "complaint" (−1.2) would otherwise
    /// colour every clause that names them. Off gives the plain window/clause score. On the tagging gold set the two
    /// are within a few items of each other (about 0.73 on, 0.74 off).
    public let maskMentionWords: Bool

    public init(taxonomy: Taxonomy, maskMentionWords: Bool = true) {
        self.taxonomy = taxonomy
        self.maskMentionWords = maskMentionWords
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
                let counterfactual = MentionContext.isCounterfactual(tokens, clause: clause)
                let windows = ClauseSplitter.windows(tokens, clause: clause, mentions: inClause.map(\.tokens))
                let promised = Set(inClause.filter(\.promise).map(\.target))
                for (match, window) in zip(inClause, windows) {
                    var score = ClauseScore.neutral
                    var evidence = clause
                    if let scorer {
                        (score, evidence) = mentionScore(match.tokens, window: window, clause: clause, tokens: tokens,
                                                         text: text, scorer: scorer)
                        if counterfactual { score.compound = MentionContext.counterfactualCompound(score.compound) }
                    }
                    let touchpoint = taxonomy.touchpoints[match.target]
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

    /// The span of `tokens` in the text, without the leading punctuation a window starts with (", the colors").
    static func utf8Range(_ tokens: ArraySlice<Token>) -> Range<Int>? {
        let trimmed = tokens.drop { $0.kind == .punctuation }
        guard let first = trimmed.first ?? tokens.first, let last = tokens.last else { return nil }
        return first.utf8Range.lowerBound..<last.utf8Range.upperBound
    }
}

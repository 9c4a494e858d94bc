import MTMScoring

/// The clause scorer `mtm tag` and `mtm eval tagging` use. Until the sentiment engine is merged, none: mentions
/// are detected without sentiment (compound 0).
enum TagScorer {
    static func make(lexicons: String?) throws -> (any ClauseScoring)? {
        nil
    }
}

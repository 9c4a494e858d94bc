extension PhraseMatcher {
    /// The matcher of a taxonomy: entry targets are indices into `taxonomy.touchpoints`. Phrases that are not usable
    /// (the loader reports them) are skipped.
    public init(taxonomy: Taxonomy) {
        self.init()
        for (index, touchpoint) in taxonomy.touchpoints.enumerated() {
            for phrase in touchpoint.phrases {
                if let pattern = PhrasePattern(phrase) { add(pattern, Entry(target: index, kind: .phrase, phrase: phrase)) }
            }
            for phrase in touchpoint.promise {
                if let pattern = PhrasePattern(phrase) {
                    add(pattern, Entry(target: index, kind: .phrase, promise: true, phrase: phrase))
                }
            }
            for phrase in touchpoint.exclude {
                if let pattern = PhrasePattern(phrase) { add(pattern, Entry(target: index, kind: .exclude, phrase: phrase)) }
            }
        }
    }
}

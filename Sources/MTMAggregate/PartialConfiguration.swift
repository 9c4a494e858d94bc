/// The bounds of a partial. Merging two partials uses the smaller of each bound (so the result is the same in any
/// order); partials written with the defaults merge without losing anything.
public struct PartialConfiguration: Sendable, Hashable {
    /// Quotes kept per touchpoint and polarity (most intense first). 5: a report shows two, the rest are spares for
    /// readers who drill down.
    public var quoteLimit: Int
    /// Longest quote kept, in UTF-8 bytes (cut on a character boundary with "…"): about three tweet-length clauses.
    /// Quotes already in a partial are not re-cut when it merges with one written with a smaller length.
    public var quoteLength: Int
    /// Distinct phrases counted per touchpoint (bottom-k by hash beyond it; see `PhraseCounts`).
    public var phraseLimit: Int
    /// Rated records kept for the bootstrap (see `RecordSample`). 5 000 keeps a bootstrap of a 15-predictor model
    /// stable to about ±0.01 in each weight and a partial of a few MB.
    public var sampleLimit: Int

    public init(quoteLimit: Int = 5, quoteLength: Int = 400, phraseLimit: Int = 256, sampleLimit: Int = 5000) {
        self.quoteLimit = quoteLimit
        self.quoteLength = quoteLength
        self.phraseLimit = phraseLimit
        self.sampleLimit = sampleLimit
    }

    public static let `default` = PartialConfiguration()

    func meet(_ o: PartialConfiguration) -> PartialConfiguration {
        PartialConfiguration(quoteLimit: min(quoteLimit, o.quoteLimit), quoteLength: min(quoteLength, o.quoteLength),
                             phraseLimit: min(phraseLimit, o.phraseLimit), sampleLimit: min(sampleLimit, o.sampleLimit))
    }
}

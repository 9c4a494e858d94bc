/// One word (or emoticon, or matched phrase) as VADER's rules see it.
public struct SentimentItem: Sendable, Hashable {
    /// Lower-cased form the rules compare with. Setting it updates `ruleWord` and `hasSpace`.
    public var lower: String {
        didSet { ruleWord = RuleWord(lower); hasSpace = Self.hasSpace(lower) }
    }
    /// `lower` as one of the rules' words (`.other` for any other form): what the rules compare.
    private(set) var ruleWord: RuleWord
    /// `lower` holds a space (a merged phrase): such an item may cover several words of an idiom's key.
    private(set) var hasSpace: Bool
    /// Written in capitals (`str.isupper()` for the `vader` model; the text stage's ALL-CAPS flag for `mtm`).
    public var isUpper: Bool
    /// Valence from the lexicon (word, phrase or emoticon); nil when the item is not in it.
    public var valence: Double?
    /// A negating word ("not", "never", "dont", "isn't", ...).
    public var isNegation: Bool
    /// Where the item stands in the original text (UTF-8 bytes), when known.
    public var utf8Range: Range<Int>?
    /// VADER's booster/dampener increment for this word (`BOOSTER_DICT`), looked up once.
    public var booster: Double?

    /// Whether a phrase of the `mtm` model's lexicon can start here (set by the analyzer).
    var phraseStart = false
    /// Whether a phrase may continue through this item (false only for words the analyzer knows occur in no phrase
    /// after its first word; items built elsewhere keep true).
    var phraseFollower = true
    /// A word of VADER's multi-word special cases or booster n-grams (`VaderConstants.idiomWords`): the idiom check
    /// is skipped unless one stands near. Looked up once per item, not per neighbour.
    var idiomWord: Bool
    /// "would", "could", "should", "i'd", ... (`SentimentAnalyzer.counterfactualModals`; set by the analyzer).
    var counterfactualModal = false
    /// A "like" that compares rather than likes (set by the analyzer, for `mtm explain`).
    var likeComparison = false
    /// In `SentimentAnalyzer.valencedIntensifiers` / `gradableQualities` (set by the analyzer, for
    /// `applyIntensifiers`).
    var valencedIntensifier = false
    var gradableQuality = false
    /// The analyzer's `wordIndex` position of `lower` for word items (−1 for others), for `phrasePairs`.
    var wordID: Int32 = -1
    /// The lexicon valence of a word the `mtm` model counts as a booster here instead ("super" in "super
    /// disappointed", see `SentimentAnalyzer.valencedIntensifiers`); nil otherwise. Shown by `mtm explain`.
    public internal(set) var intensifierValence: Double?

    public init(lower: String, isUpper: Bool, valence: Double?, isNegation: Bool, utf8Range: Range<Int>? = nil) {
        self.init(lower: lower, isUpper: isUpper, valence: valence, isNegation: isNegation, utf8Range: utf8Range,
                  booster: VaderConstants.boosters[lower])
    }

    /// With the booster already looked up (the analyzer's one-lookup word table).
    public init(lower: String, isUpper: Bool, valence: Double?, isNegation: Bool, utf8Range: Range<Int>?,
                booster: Double?) {
        self.init(lower: lower, isUpper: isUpper, valence: valence, isNegation: isNegation, utf8Range: utf8Range,
                  booster: booster, idiomWord: VaderConstants.idiomWords.contains(lower), ruleWord: RuleWord(lower),
                  hasSpace: Self.hasSpace(lower))
    }

    /// With the booster and idiom-word flag already looked up (the analyzer's one-lookup word table).
    /// With the booster, idiom-word flag and rule word already looked up (the analyzer's one-lookup word table);
    /// `ruleWord` and `hasSpace` must be those of `lower`.
    init(lower: String, isUpper: Bool, valence: Double?, isNegation: Bool, utf8Range: Range<Int>?, booster: Double?,
         idiomWord: Bool, ruleWord: RuleWord, hasSpace: Bool) {
        self.idiomWord = idiomWord
        self.ruleWord = ruleWord
        self.hasSpace = hasSpace
        self.lower = lower
        self.isUpper = isUpper
        self.valence = valence
        self.isNegation = isNegation
        self.utf8Range = utf8Range
        self.booster = booster
    }
}

extension SentimentItem {
    /// Whether `lower` holds a space.
    @inline(__always)
    static func hasSpace(_ lower: String) -> Bool {
        // A loop: `utf8.contains` went through the generic `Sequence.contains` (about 200 instructions a word).
        for byte in lower.utf8 where byte == UInt8(ascii: " ") { return true }
        return false
    }

    /// `hasSpace` of a form given as UTF-8 bytes.
    @inline(__always)
    static func hasSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte == UInt8(ascii: " ") { return true }
        return false
    }
}

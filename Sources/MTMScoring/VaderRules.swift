/// One word (or emoticon, or matched phrase) as VADER's rules see it.
public struct SentimentItem: Sendable, Hashable {
    /// Lower-cased form the rules compare with.
    public var lower: String
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
                  booster: booster, idiomWord: VaderConstants.idiomWords.contains(lower))
    }

    /// With the booster and idiom-word flag already looked up (the analyzer's one-lookup word table).
    init(lower: String, isUpper: Bool, valence: Double?, isNegation: Bool, utf8Range: Range<Int>?, booster: Double?,
         idiomWord: Bool) {
        self.idiomWord = idiomWord
        self.lower = lower
        self.isUpper = isUpper
        self.valence = valence
        self.isNegation = isNegation
        self.utf8Range = utf8Range
        self.booster = booster
    }
}

/// VADER's per-word rules (`sentiment_valence`, `_negation_check`, `_special_idioms_check`, `_least_check`,
/// `_but_check`), over a list of items. The `vader` model runs them with every 3.3.2 quirk; the `mtm` model
/// switches the documented fixes on through `Options`.
public struct VaderRules: Sendable {
    public struct Options: Sendable, Hashable {
        /// VADER applies "but" weighting from the FIRST "but" and finds each word by *value* (`list.index`), so
        /// equal valences before and after it are weighted wrongly. `false`: the last contrastive word, by position.
        public var butQuirk = true
        /// Contrastive words whose later half dominates.
        public var contrastives: Set<String> = ["but"]
        /// VADER's `A and B or C` precedence slip: any "so"/"this" right before a word multiplies it by 1.25 (and
        /// cancels a negation three words back). `false`: only "never so/this" does.
        public var soThisQuirk = true
        /// Scalar for a negated NEGATIVE word. VADER uses −0.74 for both signs, so "not the worst" reads as strongly
        /// positive; `mtm` uses a weaker flip (see `SentimentModel.mtm`).
        public var negatedNegativeScalar = VaderConstants.negationScalar
        /// Scalar for a negated POSITIVE word.
        public var negatedPositiveScalar = VaderConstants.negationScalar

        public init() {}
    }

    public var options: Options {
        didSet { contrastiveWords = Array(options.contrastives) }
    }
    /// `options.contrastives` as a list: compared with every item of a sentence, which a two-word list does
    /// faster than a set.
    private var contrastiveWords: [String]

    public init(options: Options = Options()) {
        self.options = options
        contrastiveWords = Array(options.contrastives)
    }

    /// What happened to one item: its final valence and the rules that changed it (only filled when asked).
    public struct Trace: Sendable, Hashable {
        public var base: Double?
        public var valence: Double
        public var rules: [String]
    }

    /// The valence of every item after the rules; `traces` is filled when non-nil.
    public func sentiments(_ items: [SentimentItem], capDifferential: Bool) -> [Double] {
        var traces: [Trace] = []
        return sentiments(items, capDifferential: capDifferential, explaining: false, traces: &traces)
    }

    /// The valences with what happened to each item.
    public func explain(_ items: [SentimentItem], capDifferential: Bool) -> (sentiments: [Double], traces: [Trace]) {
        var traces: [Trace] = []
        let values = sentiments(items, capDifferential: capDifferential, explaining: true, traces: &traces)
        return (values, traces)
    }

    private func sentiments(_ items: [SentimentItem], capDifferential: Bool, explaining: Bool,
                            traces: inout [Trace]) -> [Double] {
        let n = items.count
        var sentiments = [Double](repeating: 0, count: n)
        var notes: [String] = []
        for i in 0..<n {
            // Fields are read in place (`items[i].…`): a local copy of the item retained and released its string.
            notes.removeAll(keepingCapacity: true)
            var value = 0.0
            if let own = items[i].intensifierValence {
                if explaining {
                    notes.append("intensifier before '\(items[i + 1].lower)': booster, not its own valence \(Self.short(own))")
                }
            } else if items[i].booster != nil {
                if explaining { notes.append("booster/dampener (no valence of its own)") }
            } else if i < n - 1, items[i].lower == "kind", items[i + 1].lower == "of" {
                if explaining { notes.append("'kind of' dampener") }
            } else if let base = items[i].valence {
                value = valence(at: i, base: base, items, capDifferential: capDifferential,
                                explaining: explaining, notes: &notes)
            }
            sentiments[i] = value
            if explaining {
                traces.append(Trace(base: items[i].valence ?? items[i].intensifierValence, valence: value, rules: notes))
            }
        }
        applyContrast(items, &sentiments, explaining: explaining, traces: &traces)
        return sentiments
    }

    private func negate(_ value: Double) -> Double {
        value * (value < 0 ? options.negatedNegativeScalar : options.negatedPositiveScalar)
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private func valence(at i: Int, base: Double, _ items: [SentimentItem], capDifferential: Bool,
                         explaining: Bool, notes: inout [String]) -> Double {
        let n = items.count
        var v = base
        var collected: [String] = []
        defer { if explaining { notes = collected } }
        func note(_ s: @autoclosure () -> String) { if explaining { collected.append(s()) } }
        let lower = items[i].lower
        if items[i].likeComparison { note("'like' compares here (not the verb): comparison valence") }
        if lower == "no", i != n - 1, items[i + 1].valence != nil {
            v = 0
            note("'no' before a lexicon word: negates it instead")
        }
        if (i > 0 && items[i - 1].lower == "no") || (i > 1 && items[i - 2].lower == "no")
            || (i > 2 && items[i - 3].lower == "no" && (items[i - 1].lower == "or" || items[i - 1].lower == "nor")) {
            v = negate(base)
            note("negated by 'no' ×\(base < 0 ? options.negatedNegativeScalar : options.negatedPositiveScalar)")
        }
        if items[i].isUpper && capDifferential {
            v += v > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
            note("ALL CAPS ±\(VaderConstants.capsIncrement)")
        }
        for startI in 0..<3 where i > startI {
            let j = i - (startI + 1)
            guard items[j].valence == nil else { continue }
            var s = scalar(items[j], valence: v, capDifferential: capDifferential)
            if s != 0 {
                s *= VaderConstants.boosterDecay[startI]
                note("'\(items[j].lower)' \(s > 0 ? "+" : "")\(Self.short(s)) (booster, \(startI + 1) back)")
            }
            v += s
            v = negationCheck(v, items, startI: startI, i: i, note: note)
            if startI == 2 { v = idiomsCheck(v, items, i: i, note: note) }
        }
        // _least_check
        if i > 1, items[i - 1].valence == nil, items[i - 1].lower == "least" {
            if items[i - 2].lower != "at" && items[i - 2].lower != "very" {
                v = negate(v)
                note("'least' negates")
            }
        } else if i > 0, items[i - 1].valence == nil, items[i - 1].lower == "least" {
            v = negate(v)
            note("'least' negates")
        }
        return v
    }

    /// `scalar_inc_dec`.
    @inline(__always)
    private func scalar(_ item: SentimentItem, valence: Double, capDifferential: Bool) -> Double {
        guard var s = item.booster else { return 0 }
        if valence < 0 { s = -s }
        if item.isUpper && capDifferential {
            s += valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        return s
    }

    private func negationCheck(_ value: Double, _ items: [SentimentItem], startI: Int, i: Int,
                               note: (@autoclosure () -> String) -> Void) -> Double {
        var v = value
        switch startI {
        case 0:
            if items[i - 1].isNegation { v = negate(v); note("negated by '\(items[i - 1].lower)'") }
        case 1:
            if items[i - 2].lower == "never" && (items[i - 1].lower == "so" || items[i - 1].lower == "this") {
                v *= VaderConstants.neverSoScalar; note("'never so/this' ×1.25")
            } else if items[i - 2].lower == "without" && items[i - 1].lower == "doubt" {
                note("'without doubt' is not a negation")
            } else if items[i - 2].isNegation {
                v = negate(v); note("negated by '\(items[i - 2].lower)' (2 back)")
            }
        default:
            let neverSo = items[i - 3].lower == "never" && (items[i - 2].lower == "so" || items[i - 2].lower == "this")
            let soBefore = items[i - 1].lower == "so" || items[i - 1].lower == "this"
            if neverSo || (options.soThisQuirk && soBefore) {
                v *= VaderConstants.neverSoScalar; note("'never so/this' ×1.25")
            } else if items[i - 3].lower == "without" && (items[i - 2].lower == "doubt" || items[i - 1].lower == "doubt") {
                note("'without doubt' is not a negation")
            } else if items[i - 3].isNegation {
                v = negate(v); note("negated by '\(items[i - 3].lower)' (3 back)")
            }
        }
        return v
    }

    private func idiomsCheck(_ value: Double, _ items: [SentimentItem], i: Int,
                             note: (@autoclosure () -> String) -> Void) -> Double {
        var v = value
        // Every sequence below is built from items i-3…i+2; none can match unless one of them is an idiom word.
        guard items[max(0, i - 3)..<min(items.count, i + 3)].contains(where: \.idiomWord)
        else { return v }
        // The sequences are compared word by word with the keys (`spells`): no string is built per check.
        // A sequence can only spell a key when each of its items is a word of some key or a merged phrase
        // (whose form holds a space): most sequences fail this without a comparison.
        func mayMatch(_ a: Int, _ b: Int, _ c: Int) -> Bool {
            Self.mayBeKeyPart(items[a]) && Self.mayBeKeyPart(items[b]) && (c < 0 || Self.mayBeKeyPart(items[c]))
        }
        func idiom(_ a: Int, _ b: Int, _ c: Int = -1) -> (key: String, value: Double)? {
            guard mayMatch(a, b, c) else { return nil }
            return Self.idioms.first { Self.spells(items, a, b, c, $0.key) }
        }
        if let (key, special) = idiom(i - 1, i) ?? idiom(i - 2, i - 1, i) ?? idiom(i - 2, i - 1) ?? idiom(i - 3, i - 2, i - 1)
            ?? idiom(i - 3, i - 2) {
            v = special; note("idiom '\(key)' = \(special)")
        }
        if items.count - 1 > i, let (key, special) = idiom(i, i + 1) {
            v = special; note("idiom '\(key)' = \(special)")
        }
        if items.count - 1 > i + 1, let (key, special) = idiom(i, i + 1, i + 2) {
            v = special; note("idiom '\(key)' = \(special)")
        }
        for (a, b, c) in [(i - 3, i - 2, i - 1), (i - 3, i - 2, -1), (i - 2, i - 1, -1)] where mayMatch(a, b, c) {
            if let (key, boost) = Self.boosterNGrams.first(where: { Self.spells(items, a, b, c, $0.key) }) {
                v += boost; note("'\(key)' \(boost)")
            }
        }
        return v
    }

    /// VADER's special cases and its multi-word boosters, as lists (a handful each; keys are unique).
    static let idioms: [(key: String, value: Double)] = VaderConstants.specialCases.sorted { $0.key < $1.key }
        .map { ($0.key, $0.value) }
    static let boosterNGrams: [(key: String, value: Double)] = VaderConstants.boosters.filter { $0.key.contains(" ") }
        .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

    /// Whether an item can be part of a sequence that spells a key of `idioms` or `boosterNGrams`: a word of one
    /// (`idiomWord`), or an item whose form has a space (a merged phrase), which may cover several of a key's words.
    @inline(__always)
    static func mayBeKeyPart(_ item: SentimentItem) -> Bool {
        item.idiomWord || item.lower.utf8.contains(UInt8(ascii: " "))
    }

    /// Whether the `lower` forms of items a, b (and c unless −1), joined by single spaces, spell `key` — the same test
    /// as building the joined string and comparing, byte for byte.
    static func spells(_ items: [SentimentItem], _ a: Int, _ b: Int, _ c: Int, _ key: String) -> Bool {
        var k = key.utf8.makeIterator()
        for byte in items[a].lower.utf8 { guard k.next() == byte else { return false } }
        guard k.next() == UInt8(ascii: " ") else { return false }
        for byte in items[b].lower.utf8 { guard k.next() == byte else { return false } }
        if c >= 0 {
            guard k.next() == UInt8(ascii: " ") else { return false }
            for byte in items[c].lower.utf8 { guard k.next() == byte else { return false } }
        }
        return k.next() == nil
    }

    /// `_but_check`.
    private func applyContrast(_ items: [SentimentItem], _ sentiments: inout [Double], explaining: Bool,
                               traces: inout [Trace]) {
        if options.butQuirk {
            guard let bi = items.firstIndex(where: { $0.lower == "but" }) else { return }
            for position in sentiments.indices {
                let sentiment = sentiments[position]
                // Python's list.index: the first equal value, not this position.
                let si = sentiments.firstIndex(of: sentiment)!
                if si < bi {
                    sentiments[si] = sentiment * VaderConstants.butBefore
                } else if si > bi {
                    sentiments[si] = sentiment * VaderConstants.butAfter
                }
            }
        } else {
            // Compared with each contrastive word (one or two) rather than hashed once per item.
            let contrastives = contrastiveWords
            guard let bi = items.lastIndex(where: { contrastives.contains($0.lower) }) else { return }
            for position in sentiments.indices where position != bi {
                sentiments[position] *= position < bi ? VaderConstants.butBefore : VaderConstants.butAfter
            }
        }
        if explaining {
            for position in sentiments.indices where traces[position].valence != sentiments[position] {
                let factor = Self.short(sentiments[position] / traces[position].valence)
                traces[position].rules.append("contrastive conjunction ×\(factor)")
                traces[position].valence = sentiments[position]
            }
        }
    }

    static func short(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        return String(r)
    }
}

/// The constants and word lists of vaderSentiment 3.3.2 (`vaderSentiment.py`, MIT, C.J. Hutto), copied as they
/// stand there; the values are VADER's "empirically derived" means from its paper (Hutto & Gilbert, ICWSM 2014).
public enum VaderConstants {
    /// Booster increment (`B_INCR`) and dampener decrement (`B_DECR`).
    public static let boosterIncrement = 0.293
    public static let dampenerDecrement = -0.293
    /// ALL-CAPS emphasis in mixed-case text (`C_INCR`).
    public static let capsIncrement = 0.733
    /// Negation scalar (`N_SCALAR`).
    public static let negationScalar = -0.74
    /// Booster decay by distance: the word two back counts 95 %, three back 90 %.
    public static let boosterDecay = [1.0, 0.95, 0.9]
    /// "never so/this good": ×1.25.
    public static let neverSoScalar = 1.25
    /// Contrastive "but": words before ×0.5, after ×1.5.
    public static let butBefore = 0.5
    public static let butAfter = 1.5
    /// `!` adds 0.292 each, up to 4.
    public static let exclamationIncrement = 0.292
    public static let exclamationMax = 4
    /// `?`: 2–3 marks add 0.18 each, more add 0.96.
    public static let questionIncrement = 0.18
    public static let questionMaxAmplifier = 0.96
    /// Compound = s / sqrt(s² + alpha).
    public static let normalizationAlpha = 15.0

    public static let negations: Set<String> = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    public static let boosters: [String: Double] = {
        let up = boosterIncrement, down = dampenerDecrement
        var table: [String: Double] = [:]
        for word in ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly",
                     "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
                     "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin",
                     "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin",
                     "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely",
                     "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably",
                     "so", "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
                     "unbelievably", "unusually", "utter", "utterly", "very"] { table[word] = up }
        for word in ["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less",
                     "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce",
                     "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"] {
            table[word] = down
        }
        return table
    }()

    /// Idioms and phrases that contain lexicon words (`SPECIAL_CASES`).
    public static let specialCases: [String: Double] = [
        "the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
        "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5,
    ]

    /// Idioms without lexicon words (`SENTIMENT_LADEN_IDIOMS`): listed in VADER but never applied there
    /// ("future work"); the `mtm` model matches them as phrases.
    public static let sentimentLadenIdioms: [String: Double] = [
        "cut the mustard": 2, "hand to mouth": -2, "back handed": -2, "blow smoke": -2, "blowing smoke": -2,
        "upper hand": 1, "break a leg": 2, "cooking with gas": 2, "in the black": 2, "in the red": -2,
        "on the ball": 2, "under the weather": -2,
    ]

    /// Words of the multi-word special cases and booster n-grams: the idiom check is skipped without them.
    static let idiomWords: Set<String> = {
        var words: Set<String> = []
        for key in Array(specialCases.keys) + Array(boosters.keys) where key.contains(" ") {
            for w in key.split(separator: " ") { words.insert(String(w)) }
        }
        return words
    }()

    /// VADER's `negated([word])`: a listed negation or any word containing "n't".
    @inline(__always)
    public static func isNegation(_ lower: String) -> Bool {
        negations.contains(lower) || containsNT(lower)
    }

    /// `"n't" in word`, on bytes (Foundation's `contains` goes through CFString and dominated profiles).
    @inline(__always)
    static func containsNT(_ word: String) -> Bool { containsNT(word.utf8) }

    /// `containsNT` of a word given as UTF-8 bytes (any collection of them: a `String.UTF8View` or a buffer).
    @inline(__always)
    static func containsNT(_ bytes: some Collection<UInt8>) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0
        for c in bytes {
            if c == UInt8(ascii: "t") && b == UInt8(ascii: "'") && a == UInt8(ascii: "n") { return true }
            a = b; b = c
        }
        return false
    }

    /// VADER's `normalize`: s / sqrt(s² + 15), clamped to [−1, 1].
    @inline(__always)
    public static func normalize(_ score: Double) -> Double {
        let value = score / (score * score + normalizationAlpha).squareRoot()
        return min(1, max(-1, value))
    }

    /// `_amplify_ep` + `_amplify_qm` from counts of `!` and `?`.
    public static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        let ep = Double(min(exclamations, exclamationMax)) * exclamationIncrement
        var qm = 0.0
        if questions > 1 { qm = questions <= 3 ? Double(questions) * questionIncrement : questionMaxAmplifier }
        return ep + qm
    }
}

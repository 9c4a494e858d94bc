import MTMLexicon
import MTMText

/// Emotion weights of a sentence, a clause or a whole record from the emotion lexicon.
///
/// For each lexicon term found (`EmotionLexicon.matches(in:)`: exact form, then inflections; longest phrase wins):
/// 1. **Negation.** If a negator stands among the `negationWindow` tokens before the term (counting only
///    non-punctuation tokens and stopping at a clause mark , ; : . ! ? or at "but"), the term's emotions do not
///    count ("not angry", "wasn't helpful"). A negated positive emotion (joy, trust, gratitude, relief) adds
///    `negatedPositiveDisappointment` × its weight to disappointment: "not happy" reads as mild disappointment.
///    Negated negative or ambiguous emotions add nothing ("not angry" is not calm). Exceptions, as in VADER:
///    "never so/this/such …" is emphasis, not negation; a comparative ("couldn't be happier", "never been
///    angrier") is not negated. Phrases that contain their own negator ("no idea", "didn't disappoint",
///    "not surprised") are lexicon terms and carry their own emotions.
/// 2. **Intensity.** A term written in ALL CAPS in mixed-case text is raised by `allCapsBoost`; an elongated word
///    ("soooo annoyed") by `elongationBoost`; every `!` in the run raises all its emotions by
///    `exclamationBoostPerMark`, up to `exclamationMarkLimit` marks.
/// Weights add up per emotion; emotions with no weight are left out of the result.
public struct EmotionScorer: Sendable {
    public let lexicon: EmotionLexicon

    /// How many preceding non-punctuation tokens a negator reaches: VADER's window (it checks the 3 words before).
    public static let negationWindow = 3
    /// Share of a negated positive emotion that becomes disappointment. Half: "not happy" is a complaint, but a
    /// milder one than "disappointed" (0.9 in the lexicon), which "not happy" (0.8 × 0.5 = 0.4) stays well below.
    public static let negatedPositiveDisappointment = 0.5
    /// ALL-CAPS emphasis: VADER adds 0.733 to a 4-point valence (about 18% of its range); the same share here.
    public static let allCapsBoost = 0.18
    /// Elongation ("sooo", "hateeee"): half the caps boost; a typing habit as much as emphasis.
    public static let elongationBoost = 0.09
    /// Each `!` adds 0.292 on VADER's 4-point scale (about 7%); emotions get a more modest 5% per mark, because
    /// `!` marks arousal more than a specific emotion.
    public static let exclamationBoostPerMark = 0.05
    /// VADER stops counting `!` after 4.
    public static let exclamationMarkLimit = 4

    /// Negating words the text stage does not flag: the plain negators and contractions ("not", "never", "dont",
    /// "can't", ...) carry `.negation` from the text stage (`TokenFlags.negation`); emotions also count these hedges,
    /// like VADER, and a "n't"/"nt" split off as a token of its own. Any other "…n't" word counts too.
    public static let negators: Set<String> = ["hardly", "barely", "scarcely", "n't", "nt"]
    /// Words after "never" that make it emphasis ("never so happy", "never this angry").
    static let neverEmphasis: Set<String> = ["so", "this", "such"]
    /// Words that end a negation's reach, like a clause mark.
    static let scopeBreakers: Set<String> = ["but", "however", "although", "though", "yet"]

    /// What a word means to the negation window, found with one lookup per token (`WordIndex`).
    enum WindowRole { case scopeBreaker, negator, neverEmphasis }
    static let windowWords: (index: WordIndex, roles: [WindowRole]) = {
        let words: [(String, WindowRole)] = scopeBreakers.sorted().map { ($0, .scopeBreaker) }
            + negators.sorted().map { ($0, .negator) } + neverEmphasis.sorted().map { ($0, .neverEmphasis) }
        precondition(Set(words.map(\.0)).count == words.count, "a window word has two roles")
        return (WordIndex(words.map(\.0)), words.map(\.1))
    }()

    /// `windowWords`, held by each scorer so that a match's negation check does not go through the static's
    /// once-guard.
    private let window = Self.windowWords
    /// Where a negated positive emotion goes (nil when the lexicon has no "disappointment").
    private let disappointment: Int?
    /// Category numbers (`lexicon.categories` order) sorted by name: writers print emotions by name without sorting
    /// names per record.
    public let categoryOrderByName: [Int]

    public init(lexicon: EmotionLexicon) {
        self.lexicon = lexicon
        disappointment = lexicon.index(ofCategory: "disappointment")
        categoryOrderByName = lexicon.categories.indices.sorted { lexicon.categories[$0].name < lexicon.categories[$1].name }
    }

    /// Emotions of a run of tokens as one weight per category (`lexicon.categories` order); empty when no term
    /// matched. `dictionary(_:)` turns it into names; the record total is the element-wise sum over sentences.
    public func weights(tokens: ArraySlice<Token>, in text: AnalyzedText) -> [Double] {
        var totals: [Double] = []
        accumulate(tokens, in: text, into: &totals)
        return totals
    }

    /// Emotions of one sentence of `text`.
    public func score(_ sentence: Sentence, in text: AnalyzedText) -> [String: Double] {
        score(tokens: sentence.tokens[...], in: text)
    }

    /// Emotions of a whole record: the sum over its sentences.
    public func score(_ text: AnalyzedText) -> [String: Double] {
        var totals: [Double] = []
        for sentence in text.sentences { accumulate(sentence.tokens[...], in: text, into: &totals) }
        return dictionary(totals)
    }

    /// Emotions of a run of tokens (a clause or a sentence) of `text`.
    public func score(tokens: ArraySlice<Token>, in text: AnalyzedText) -> [String: Double] {
        var totals: [Double] = []
        accumulate(tokens, in: text, into: &totals)
        return dictionary(totals)
    }

    /// Share of high-arousal weight in a set of emotions (0 when there are none): the ranking's emotional charge.
    public func highArousalShare(_ emotions: [String: Double]) -> Double {
        lexicon.arousal(of: emotions).highShare
    }

    // MARK: - Rules

    /// Adds the run's emotions to `totals` (one slot per category; allocated on the first match, so text without
    /// emotion words allocates nothing).
    private func accumulate(_ tokens: ArraySlice<Token>, in text: AnalyzedText, into totals: inout [Double]) {
        let size = lexicon.categories.count
        let matched = forEachWeight(tokens, in: text) { category, value in
            if totals.isEmpty { totals = [Double](repeating: 0, count: size) }
            totals[category] += value
        }
        // A match whose term carries no emotion still makes the weights a row of zeros, as before.
        if matched, totals.isEmpty { totals = [Double](repeating: 0, count: size) }
    }

    /// Adds the emotions of a run of tokens to `row`, one weight per category (`lexicon.categories` order), as
    /// `weights(tokens:in:)` would add them to zeros, for a caller that keeps every sentence's weights in one buffer.
    /// Returns whether any term matched.
    @discardableResult
    public func accumulate(_ tokens: ArraySlice<Token>, in text: AnalyzedText,
                           into row: UnsafeMutableBufferPointer<Double>) -> Bool {
        forEachWeight(tokens, in: text) { category, value in row[category] += value }
    }

    /// Calls `add` with each (category, weight) the run's matches contribute, in order (the rules above); returns
    /// whether any term matched.
    @inline(__always)
    private func forEachWeight(_ tokens: ArraySlice<Token>, in text: AnalyzedText,
                               _ add: (_ category: Int, _ value: Double) -> Void) -> Bool {
        var exclamation: Double?
        var matched = false
        lexicon.forEachMatch(in: tokens) { match in
            matched = true
            guard !match.weights.isEmpty else { return }
            let boost = exclamation ?? exclamationFactor(tokens)
            exclamation = boost
            var factor = boost
            let run = tokens[match.tokens]
            if text.hasMixedCase, run.contains(where: { $0.flags.contains(.allCaps) }) { factor += Self.allCapsBoost }
            if run.contains(where: { $0.flags.contains(.elongated) }) { factor += Self.elongationBoost }
            let negated = isNegated(match, in: tokens)
            // In place: a copy of each weight would retain and release its emotion's name.
            match.weights.withUnsafeBufferPointer { weights in
                for k in weights.indices {
                    let value = weights[k].weight * factor
                    guard negated else { add(weights[k].category, value); continue }
                    if lexicon.categories[weights[k].category].polarity == .positive, let disappointment {
                        add(disappointment, value * Self.negatedPositiveDisappointment)
                    }
                }
            }
        }
        return matched
    }

    /// 1 + `exclamationBoostPerMark` per `!` in the run's punctuation, up to `exclamationMarkLimit` marks.
    private func exclamationFactor(_ tokens: ArraySlice<Token>) -> Double {
        var marks = 0
        tokens.withUnsafeBufferPointer { tokens in
            // Counting stops at the limit (the factor is the same); a norm's bytes are read in place.
            for i in tokens.indices where tokens[i].kind == .punctuation && marks < Self.exclamationMarkLimit {
                let utf8 = tokens[i].norm.utf8
                marks += utf8.withContiguousStorageIfAvailable { Self.exclamationMarks(in: $0) }
                    ?? utf8.reduce(0) { $0 + ($1 == 0x21 ? 1 : 0) }
            }
        }
        return 1 + Self.exclamationBoostPerMark * Double(min(marks, Self.exclamationMarkLimit))
    }

    /// How many `!` bytes there are.
    private static func exclamationMarks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var marks = 0
        for byte in bytes where byte == 0x21 { marks += 1 }
        return marks
    }

    /// Whether a negator governs the match (see the type's documentation).
    func isNegated(_ match: EmotionMatch, in tokens: ArraySlice<Token>) -> Bool {
        // The tokens are read in place through a pointer to each (`pointee`): a copy of each one (its strings
        // retained and released) cost more than the rule.
        tokens.withUnsafeBufferPointer { run in
            guard let first = run.baseAddress else { return false }
            let start = match.tokens.lowerBound - tokens.startIndex
            if match.tokens.count == 1, isComparative(first[start].norm, lemma: match.term) { return false }
            var seen = 0
            var i = start - 1
            var emphasis = false
            while i >= 0, seen < Self.negationWindow {
                let token = first + i
                if token.pointee.kind == .punctuation {
                    if Self.isClauseMark(token.pointee.norm) { return false }
                    i -= 1
                    continue
                }
                let role = window.index[token.pointee.norm].map { window.roles[$0] }
                if role == .scopeBreaker { return false }
                // A negator: flagged `.negation` by the text stage, one of `negators`, or a "n't" contraction.
                if role == .negator || token.pointee.flags.contains(.negation) || Self.endsWithNT(token.pointee.norm) {
                    return !(token.pointee.norm == "never" && emphasis)
                }
                emphasis = emphasis || role == .neverEmphasis
                seen += 1
                i -= 1
            }
            return false
        }
    }

    /// `norm.hasSuffix("n't")` on bytes (the apostrophe is folded to ASCII by the text stage).
    @inline(__always)
    static func endsWithNT(_ norm: String) -> Bool {
        var utf8 = norm.utf8.reversed().makeIterator()
        return utf8.next() == UInt8(ascii: "t") && utf8.next() == UInt8(ascii: "'") && utf8.next() == UInt8(ascii: "n")
    }

    /// A clause mark , ; : . ! ? anywhere in the token (ASCII, so compared as bytes).
    static func isClauseMark(_ norm: String) -> Bool {
        norm.utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A || $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }
    }

    /// "happier", "angriest": a comparative or superlative of the matched lemma.
    private func isComparative(_ norm: String, lemma: String) -> Bool {
        (Self.hasSuffix(norm, "er") || Self.hasSuffix(norm, "est")) && norm != lemma
    }

    /// `norm.hasSuffix(suffix)` for an ASCII suffix, on bytes when that is exact. The suffix's letters have no
    /// other canonical spelling, so a norm whose bytes do not end with it does not end with it as characters; when
    /// they do and the byte before them is ASCII (or there is none), the suffix's first letter starts a character
    /// of its own (no ASCII character but CR joins the next one, and CR does not join a letter), so it does.
    /// Otherwise (a letter after a non-ASCII character, which might join it) `String.hasSuffix` decides.
    static func hasSuffix(_ norm: String, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        let onBytes = norm.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.count >= n else { return false }
            let start = bytes.count - n
            for k in 0..<n where bytes[start + k] != suffix.utf8Start[k] { return false }
            return start == 0 || bytes[start - 1] < 0x80 ? true : nil
        }
        return onBytes.flatMap { $0 } ?? norm.hasSuffix(String(describing: suffix))
    }

    /// Category weights (`weights(tokens:in:)`) by name; emotions with no weight are left out.
    public func dictionary(_ totals: [Double]) -> [String: Double] {
        var out: [String: Double] = [:]
        for (i, value) in totals.enumerated() where value > 0 { out[lexicon.categories[i].name] = value }
        return out
    }
}

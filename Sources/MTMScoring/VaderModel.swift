import MTMLexicon

/// `--model vader`: a faithful port of vaderSentiment 3.3.2's `polarity_scores`, quirks included, on VADER's own
/// splitting of the raw text (emoji replaced by their descriptions, whitespace split, leading and trailing ASCII
/// punctuation stripped unless that leaves two characters or fewer). Use it to check a migration from VADER.
public struct VaderModel: Sendable {
    public let lexicon: ValenceLexicon
    let rules = VaderRules()

    public init(lexicon: ValenceLexicon) {
        self.lexicon = lexicon
    }

    /// Scores a whole text as vaderSentiment does (no sentence splitting).
    public func score(_ text: String) -> SentimentScore {
        score(text, explaining: false).score
    }

    /// Scores with the items and per-item traces, for `mtm explain --model vader`.
    public func explain(_ text: String) -> (score: SentimentScore, items: [SentimentItem], traces: [VaderRules.Trace]) {
        let result = score(text, explaining: true)
        return (result.score, result.items, result.traces)
    }

    private func score(_ text: String, explaining: Bool)
        -> (score: SentimentScore, items: [SentimentItem], traces: [VaderRules.Trace]) {
        let translated = translateEmoji(text)
        let words = Self.wordsAndEmoticons(translated)
        var items: [SentimentItem] = []
        items.reserveCapacity(words.count)
        var upper = 0
        for word in words {
            let lower = word.lowercased()
            let isUpper = Self.pythonIsUpper(word)
            if isUpper { upper += 1 }
            items.append(SentimentItem(lower: lower, isUpper: isUpper, valence: lexicon.words[lower],
                                       isNegation: VaderConstants.isNegation(lower)))
        }
        let capDifferential = upper > 0 && upper < words.count
        var sentiments: [Double], traces: [VaderRules.Trace] = []
        if explaining {
            (sentiments, traces) = rules.explain(items, capDifferential: capDifferential)
        } else {
            sentiments = rules.sentiments(items, capDifferential: capDifferential)
        }
        var exclamations = 0, questions = 0
        for byte in translated.utf8 {
            if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
        }
        let emphasis = VaderConstants.punctuationEmphasis(exclamations: exclamations, questions: questions)
        return (VaderScore.score(sentiments, emphasis: emphasis), items, traces)
    }

    /// Replaces every code point found in the emoji table by its description, with VADER's spacing rule, then
    /// strips surrounding whitespace.
    func translateEmoji(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousSpace = true
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii {
            out = text
        } else {
            for scalar in text.unicodeScalars {
                if scalar.value >= 0x80, let description = lexicon.emoji[String(scalar)] {
                    if !previousSpace { out += " " }
                    out += description
                    previousSpace = false
                } else {
                    out.unicodeScalars.append(scalar)
                    previousSpace = scalar == " "
                }
            }
        }
        return Self.pythonStrip(out)
    }

    /// Python's `str.isspace()` for one code point.
    @inline(__always)
    static func isPythonSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20: return true
        case 0..<0x80: return false
        default: return s.properties.isWhitespace
        }
    }

    static func pythonStrip(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isPythonSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isPythonSpace($0) })!
        return String(scalars[first...last])
    }

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// `SentiText._words_and_emoticons`: `text.split()` then `_strip_punc_if_word` on each.
    static func wordsAndEmoticons(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, isPythonSpace(scalars[index]) { index = scalars.index(after: index) }
            guard index < scalars.endIndex else { break }
            let start = index
            while index < scalars.endIndex, !isPythonSpace(scalars[index]) { index = scalars.index(after: index) }
            words.append(stripPunctuationIfWord(Substring(scalars[start..<index])))
        }
        return words
    }

    static func stripPunctuationIfWord(_ token: Substring) -> Substring {
        let scalars = token.unicodeScalars
        guard let first = scalars.firstIndex(where: { !asciiPunctuation.contains($0) }) else { return token }
        let last = scalars.lastIndex(where: { !asciiPunctuation.contains($0) })!
        let stripped = scalars[first...last]
        if stripped.count <= 2 { return token }
        return Substring(stripped)
    }

    /// Python's `str.isupper()`: at least one cased character and no lower- or title-case one.
    static func pythonIsUpper<S: StringProtocol>(_ word: S) -> Bool {
        var cased = false
        for s in word.unicodeScalars {
            if s.value < 0x80 {
                if s.value >= 0x61 && s.value <= 0x7A { return false }
                if s.value >= 0x41 && s.value <= 0x5A { cased = true }
                continue
            }
            let p = s.properties
            if p.isLowercase || p.generalCategory == .titlecaseLetter { return false }
            if p.isUppercase { cased = true }
        }
        return cased
    }
}

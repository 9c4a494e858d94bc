/// A token of a record's text. Its ranges point into the ORIGINAL text, so any later stage can quote evidence
/// exactly as the customer wrote it: `text.utf8[token.utf8Range] == token source` always holds.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    /// The form used for matching: normalised (NFKC case-fold by default), typographic apostrophes and quotes
    /// folded to ASCII (so a negation can be matched as "n't"), elongations shortened. Emoji and emoticons keep their
    /// original text (normalisation would drop joiners and variation selectors).
    public var norm: String
    /// UTF-8 byte offsets into the original text.
    public var utf8Range: Range<Int>
    /// Unicode scalar (code point) offsets into the original text, as Python's `str` indexes it.
    public var scalarRange: Range<Int>
    public var flags: TokenFlags
    /// For punctuation runs such as `!!!` or `?!?`: how many marks the run holds; 1 otherwise.
    public var repeatCount: Int
    /// ISO 15924 short name of the token's script (`Latn`, `Hani`, `Arab`, ...); `Zyyy` for common characters.
    public var script: Script

    public init(kind: TokenKind, norm: String, utf8Range: Range<Int>, scalarRange: Range<Int>,
                flags: TokenFlags = [], repeatCount: Int = 1, script: Script = .common) {
        self.kind = kind
        self.norm = norm
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.flags = flags
        self.repeatCount = repeatCount
        self.script = script
    }

    /// The token's text as it stands in `original`.
    public func source(in original: String) -> Substring {
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        return original[start..<end]
    }
}

public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    case word, number, punctuation, emoji, emoticon, url, email, mention, hashtag, symbol
}

public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    // The flags are inlinable computed constants rather than `static let`s: a stored static is reached from other
    // modules through an addressor call with a once-check, and the sentiment and emotion stages test `.negation`
    // and `.allCaps` once or more per token (about 180,000 calls per 5,000 records of `mtm score`).

    /// Written in capitals in the original, in a record that also has lower case (VADER's emphasis rule).
    @inlinable public static var allCaps: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// A letter written three or more times in a row ("soooo"); `norm` keeps two ("soo"). With a German locale only
    /// runs of four or more count, since German writes triples ("Schifffahrt").
    @inlinable public static var elongated: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    /// A negating word. Set on contractions ending in "n't" with any apostrophe ("don't", "don’t", "can`t",
    /// "won't", "ain't"), on the same written without one ("dont", "cant", "isnt", "aint"), and on the plain
    /// negators not, no, never, nothing, nobody, none, neither, nor, cannot, without, nowhere, nope. The full list is
    /// `TokenRules.negators` (VADER's NEGATE words without hedges such as "rarely").
    @inlinable public static var negation: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// An elided article split off a word ("l'" of "l'accueil").
    @inlinable public static var elided: TokenFlags { TokenFlags(rawValue: 1 << 3) }
    /// Holds an apostrophe (any typographic form) in the original.
    @inlinable public static var apostrophe: TokenFlags { TokenFlags(rawValue: 1 << 4) }
    /// Ideographic or kana word (CJK), segmented by dictionary rather than spaces.
    @inlinable public static var ideographic: TokenFlags { TokenFlags(rawValue: 1 << 5) }

    /// Names for JSON/TSV output, in a fixed order.
    public static let names: [(TokenFlags, String)] = [
        (.allCaps, "all_caps"), (.elongated, "elongated"), (.negation, "negation"), (.elided, "elided"),
        (.apostrophe, "apostrophe"), (.ideographic, "ideographic"),
    ]

    public var names: [String] { Self.names.filter { contains($0.0) }.map(\.1) }
}

/// A sentence of the original text with its tokens.
public struct Sentence: Sendable, Hashable {
    public var utf8Range: Range<Int>
    public var scalarRange: Range<Int>
    public var tokens: [Token]

    public init(utf8Range: Range<Int>, scalarRange: Range<Int>, tokens: [Token]) {
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.tokens = tokens
    }
}

/// The text stage's output for one record: the original text, untouched, and its sentences.
public struct AnalyzedText: Sendable, Hashable {
    public var text: String
    public var sentences: [Sentence]
    /// True when the text has both upper- and lower-case letters (ALL-CAPS emphasis only counts then).
    public var hasMixedCase: Bool

    public init(text: String, sentences: [Sentence], hasMixedCase: Bool) {
        self.text = text
        self.sentences = sentences
        self.hasMixedCase = hasMixedCase
    }

    public var tokens: [Token] { sentences.flatMap(\.tokens) }

    /// The original text of a UTF-8 byte range.
    public func source(_ utf8Range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        return text[start..<end]
    }
}

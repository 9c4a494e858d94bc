/// A taxonomy phrase split into the words the matcher compares, the same way the text's tokens are compared:
/// words are split at spaces, hyphens, slashes and `&`; each word is case-folded and stemmed (`Inflection.stem`);
/// a trailing `*` on the last word makes it a prefix ("refund*" matches "refunds", "refunded", "refundable").
public struct PhrasePattern: Sendable, Hashable {
    public enum Word: Sendable, Hashable {
        /// Matches any token with this stem.
        case stem(String)
        /// Matches any token whose surface form starts with this prefix.
        case prefix(String)
    }

    /// The phrase as written in the taxonomy.
    public var source: String
    public var words: [Word]

    /// Characters that separate words inside a phrase (the text stage splits tokens at the same places).
    static let separators: Set<Character> = [" ", "\t", "-", "/", "&", "\u{2010}", "\u{2011}", "\u{2013}", "+"]

    /// Nil when the phrase has no words, or a `*` anywhere but at the end of the last word.
    public init?(_ source: String) {
        self.source = source
        let pieces = source.lowercased().split(whereSeparator: { Self.separators.contains($0) }).map(String.init)
        guard !pieces.isEmpty else { return nil }
        var words: [Word] = []
        for (index, piece) in pieces.enumerated() {
            let stars = piece.filter { $0 == "*" }.count
            if stars == 0 {
                words.append(.stem(Inflection.stem(piece)))
            } else if stars == 1, piece.hasSuffix("*"), index == pieces.count - 1, piece.count > 1 {
                words.append(.prefix(Inflection.surface(String(piece.dropLast()))))
            } else {
                return nil
            }
        }
        self.words = words
    }

    /// The single-word form of a multi-word phrase ("check in" → "checkin"), so closed compounds and hashtags
    /// ("checkin", "#checkin") match too. Nil for one-word phrases and prefix phrases.
    public var closedCompound: String? {
        guard words.count > 1 else { return nil }
        var joined = ""
        for piece in source.lowercased().split(whereSeparator: { Self.separators.contains($0) }) {
            if piece.contains("*") { return nil }
            joined += Inflection.surface(String(piece))
        }
        return Inflection.stem(joined)
    }

    /// A key equal for phrases that match the same words, for duplicate checks.
    public var key: String {
        words.map { word in
            switch word {
            case let .stem(s): s
            case let .prefix(p): p + "*"
            }
        }.joined(separator: " ")
    }
}

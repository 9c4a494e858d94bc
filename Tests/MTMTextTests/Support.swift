import MTMText

/// A token as a test reads it: its text in the original, its norm, kind and flags.
struct Seen: Equatable, CustomStringConvertible {
    var text: String
    var norm: String
    var kind: TokenKind
    var flags: TokenFlags

    var description: String { "\(text)→\(norm):\(kind.rawValue)\(flags.names)" }
}

/// Analyses `text` with a fresh analyzer (default: NFKC case-fold, en_US).
func analyze(_ text: String, _ configuration: TextConfiguration = TextConfiguration()) throws -> AnalyzedText {
    try TextAnalyzer(configuration).analyze(text)
}

func seen(_ text: String, _ configuration: TextConfiguration = TextConfiguration()) throws -> [Seen] {
    let analyzed = try analyze(text, configuration)
    return analyzed.tokens.map {
        Seen(text: String($0.source(in: text)), norm: $0.norm, kind: $0.kind, flags: $0.flags)
    }
}

/// The original text of each token.
func texts(_ text: String, _ configuration: TextConfiguration = TextConfiguration()) throws -> [String] {
    try seen(text, configuration).map(\.text)
}

/// The original text of each sentence, without surrounding spaces.
func sentenceTexts(_ text: String) throws -> [String] {
    let analyzed = try analyze(text)
    return analyzed.sentences.map {
        String(analyzed.source($0.utf8Range)).trimmingCharacters()
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// Every token's ranges agree with the original: UTF-8 and scalar ranges select the same text.
func rangesRoundTrip(_ analyzed: AnalyzedText) -> Bool {
    let text = analyzed.text
    let scalars = Array(text.unicodeScalars)
    let bytes = Array(text.utf8)
    for token in analyzed.tokens {
        guard token.utf8Range.lowerBound >= 0, token.utf8Range.upperBound <= bytes.count,
              token.scalarRange.upperBound <= scalars.count, !token.utf8Range.isEmpty else { return false }
        let fromBytes = String(decoding: bytes[token.utf8Range], as: UTF8.self)
        var fromScalars = String.UnicodeScalarView()
        fromScalars.append(contentsOf: scalars[token.scalarRange])
        guard fromBytes == String(fromScalars), fromBytes == String(token.source(in: text)) else { return false }
    }
    return true
}

import MTMLexicon
import MTMText

/// Units rebuilt from several tokens: emoticons from punctuation runs, hyphenated compounds. Both read the
/// sentence's tokens in place through a buffer pointer (see `items`), indexed from 0.
extension SentimentAnalyzer {
    @inline(__always)
    func adjacent(_ tokens: UnsafeBufferPointer<Token>, _ a: Int, _ b: Int) -> Bool {
        tokens[a].utf8Range.upperBound == tokens[b].utf8Range.lowerBound
    }

    /// Words joined by hyphens with no spaces ("mock-ups", "hassle-free", "state-of-the-art") starting at `k`:
    /// the joined norm and the index after its last token.
    func hyphenCompound(at k: Int, _ tokens: UnsafeBufferPointer<Token>) -> (norm: String, end: Int)? {
        // The loop below needs a next token touching this one; most words are followed by a space.
        guard k + 2 < tokens.count, adjacent(tokens, k, k + 1), tokens.at(k + 1).pointee.norm.equalsASCII("-") else { return nil }
        var end = k + 1
        var norm = tokens.at(k).pointee.norm
        while end + 1 < tokens.count, tokens.at(end).pointee.norm.equalsASCII("-"),
              tokens[end + 1].kind == .word || tokens[end + 1].kind == .number,
              adjacent(tokens, end - 1, end), adjacent(tokens, end, end + 1) {
            norm += "-" + tokens.at(end + 1).pointee.norm
            end += 2
        }
        return end > k + 1 ? (norm, end) : nil
    }

    /// The longest run of adjacent non-space tokens starting at `k` that spells a lexicon emoticon, when the run
    /// starts after a space (or the text's start): ":)", ":-(", "<3", ":D". `text` is the record's UTF-8.
    func emoticon(at k: Int, _ tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt8>) -> (Int, Double)? {
        // A first byte no emoticon starts with (non-ASCII ones may lower-case to one, so they go on).
        if let first = tokens.at(k).pointee.norm.utf8.first, first < 0x80, !emoticonStarts.contains(first) { return nil }
        let start = tokens[k].utf8Range.lowerBound
        if start > 0 {
            let before = text[start - 1]
            if before != UInt8(ascii: " ") && before != UInt8(ascii: "\t") && before != UInt8(ascii: "\n") { return nil }
        }
        var end = k
        var best: (Int, Double)?
        var spelled = ""
        while end < tokens.count, end - k < longestEmoticonTokens {
            if end > k, !adjacent(tokens, end - 1, end) { break }
            spelled += tokens.at(end).pointee.norm
            // Emoticon keys are stored lower-cased; the text stage keeps an emoticon token's case (":-D").
            if let v = emoticons[spelled] ?? emoticons[spelled.lowercased()] ?? htmlEscaped(spelled) {
                best = (end - k + 1, v)
            }
            end += 1
        }
        return best
    }

    /// An emoticon written with HTML entities, as scraped and exported text often holds it ("&lt;3" for "<3").
    func htmlEscaped(_ spelled: String) -> Double? {
        guard spelled.utf8.contains(UInt8(ascii: "&")) else { return nil }
        if let decoded = Self.decodingAngleEntities(spelled) {
            return decoded.changed ? emoticons[decoded.text.lowercased()] : nil
        }
        let decoded = spelled.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
        return decoded == spelled ? nil : emoticons[decoded.lowercased()]
    }

    /// `text` with "&lt;" → "<" and "&gt;" → ">" replaced, and whether any was, on bytes for ASCII text (nil for
    /// other text). In ASCII every byte is one `Character`, so this is what `replacing` does Character-wise (about
    /// 16,000 instructions a call); one pass does both, as the two patterns cannot overlap or form each other.
    static func decodingAngleEntities(_ text: String) -> (text: String, changed: Bool)? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), i + 3 < bytes.count,
               bytes[i + 1] == UInt8(ascii: "l") || bytes[i + 1] == UInt8(ascii: "g"),
               bytes[i + 2] == UInt8(ascii: "t"), bytes[i + 3] == UInt8(ascii: ";") {
                out.append(bytes[i + 1] == UInt8(ascii: "l") ? UInt8(ascii: "<") : UInt8(ascii: ">"))
                i += 4
                changed = true
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return (String(decoding: out, as: UTF8.self), changed)
    }
}

extension UnsafeBufferPointer where Element == Token {
    /// The token at `i`, to read its fields in place: `self[i].norm` copied the whole token first (retaining and
    /// releasing its `norm`).
    @inline(__always)
    func at(_ i: Int) -> UnsafePointer<Token> { baseAddress! + i }
}

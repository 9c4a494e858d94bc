internal import CICU

/// A stretch of text the word iterator would split but that reads as one token: URL, e-mail, @mention, #hashtag,
/// emoticon, or a contraction written with an unusual apostrophe ("don`t", "don´t").
struct SpecialSpan {
    var range: Range<Int>
    var kind: TokenKind
}

/// Finds special spans in one forward pass over a UTF-16 buffer. Work happens only at trigger characters
/// (`:` `@` `#` `w` emoticon starts and odd apostrophes); back-scans stop at the previous span, so the pass is
/// linear. Spans come out sorted and never overlap.
enum PatternScanner {
    /// Appends the spans of `buffer` to `spans`. Returns the index of the first character after which a sentence
    /// may end, nil if there is none: UAX #29 breaks only after a paragraph separator (LF, CR, NEL, LS, PS) or a
    /// sentence terminal (STerm, ATerm). Characters outside the BMP count as possible ends.
    static func scan(_ buffer: UTF16Buffer, into spans: inout [SpecialSpan]) -> Int? {
        let p = buffer.pointer, n = buffer.count
        let triggers = Self.triggers
        var firstEnd: Int?
        // All-ASCII text also has a byte copy: there a table test per byte skips what cannot start anything.
        let bytes = buffer.isASCII ? buffer.bytes : nil
        TokenRules.emoticonPairs.withUnsafeBufferPointer { pairs in
            Self.asciiTriggers.withUnsafeBufferPointer { asciiTriggers in
                var i = 0
                var floor = 0
                while i < n {
                    if let bytes {
                        // Four bytes a step while none is a trigger (most of running text), then one at a time.
                        while i &+ 4 <= n, asciiTriggers[Int(bytes[i])] | asciiTriggers[Int(bytes[i &+ 1])]
                                | asciiTriggers[Int(bytes[i &+ 2])] | asciiTriggers[Int(bytes[i &+ 3])] == 0 {
                            i &+= 4
                        }
                        while i < n, !startsSomething(at: i, bytes, asciiTriggers, floor: floor) { i += 1 }
                        guard i < n else { break }
                    }
                    let u = p[i]
                    // Most characters trigger nothing: one mask test skips them.
                    if u < 0x80 {
                        let mask = u < 64 ? triggers.low : triggers.high
                        if mask & (1 << UInt64(u & 63)) == 0 {
                            i += 1
                            continue
                        }
                        if isSentenceEnd(u) {
                            if firstEnd == nil { firstEnd = i }
                            i += 1
                            continue
                        }
                    } else if u != 0xB4 && u != 0x2032 {
                        if firstEnd == nil && mayEndSentenceAfter(u) { firstEnd = i }
                        i += 1
                        continue
                    }
                    if let found = match(at: i, u, buffer, floor: floor, pairs: pairs) {
                        spans.append(found)
                        // A URL or emoticon may hold a sentence end ("http://a.io/x!Next"): ICU's sentence pass
                        // sees it.
                        if firstEnd == nil, let end = found.range.first(where: {
                            p[$0] < 0x80 ? isSentenceEnd(p[$0]) : mayEndSentenceAfter(p[$0])
                        }) {
                            firstEnd = end
                        }
                        i = found.range.upperBound
                        floor = i
                    } else {
                        i += 1
                    }
                }
            }
        }
        return firstEnd
    }

    /// `triggers` as a table of the 256 byte values, for `startsSomething`: 1 for a trigger, 2 for a trigger that
    /// is a letter or digit (`w` of "www.", `X` of "XD", `8` of "8-)"), 0 for the rest.
    static let asciiTriggers: [UInt8] = (0..<256).map { byte in
        let mask = byte < 64 ? triggers.low : byte < 128 ? triggers.high : 0
        guard byte < 128, mask & (1 << UInt64(byte & 63)) != 0 else { return 0 }
        return isASCIILetter(UInt16(byte)) || isASCIIDigit(UInt16(byte)) ? 2 : 1
    }

    /// False when the byte at `i` of all-ASCII text cannot start a span or end a sentence, so `scan` may step over
    /// it: it is no trigger, or it is a letter or digit trigger inside a word. Every span that starts with a letter
    /// or digit (www., emoticons such as "XD", "o_O", "8-)", "0:)") needs `isOpenBefore`, which a letter or digit
    /// before it denies, except right at the end of the previous span (`floor`).
    @inline(__always)
    static func startsSomething(at i: Int, _ bytes: UnsafePointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>,
                                floor: Int) -> Bool {
        let kind = table[Int(bytes[i])]
        if kind == 0 { return false }
        if kind == 2 && i > floor {
            let before = UInt16(bytes[i - 1])
            return !(isASCIILetter(before) || isASCIIDigit(before))
        }
        return true
    }

    /// True when a sentence end found by UAX #29 after `firstEnd` could have a token after it, so the sentence
    /// pass must run. False when all that follows `firstEnd` is `.` `!` `?`, spaces and tabs, then only line
    /// breaks: no break falls inside such a run (SB8a–SB10 keep terminals, closers and spaces together), and a
    /// break with no token after it changes no sentence. Three texts in four of the corpora end that way ("Great
    /// fit.", "Love it!!").
    static func hasContent(after firstEnd: Int, _ buffer: UTF16Buffer) -> Bool {
        let p = buffer.pointer
        var end = buffer.count
        while end > firstEnd, p[end - 1] == 0x0A || p[end - 1] == 0x0D { end -= 1 }
        var i = firstEnd
        while i < end {
            switch p[i] {
            case 0x2E, 0x21, 0x3F, 0x20, 0x09: i += 1
            default: return true
            }
        }
        return false
    }

    /// `.` `!` `?` LF CR.
    @inline(__always) static func isSentenceEnd(_ u: UInt16) -> Bool {
        u == 0x2E || u == 0x21 || u == 0x3F || u == 0x0A || u == 0x0D
    }

    /// Non-ASCII paragraph separators and sentence terminals (and, unchecked, anything outside the BMP).
    static func mayEndSentenceAfter(_ u: UInt16) -> Bool {
        switch u {
        case 0x85, 0x2028, 0x2029, 0x2024, 0xFE52, 0xFF0E, 0xD800...0xDFFF: return true
        default: return u_hasBinaryProperty(Int32(u), UCHAR_S_TERM) != 0
        }
    }

    /// ASCII characters that need a look (a 128-bit set): span starts `:` `w` `W` `@` `#` `` ` ``, emoticon starts,
    /// and the sentence ends `.` `!` `?` LF CR.
    static let triggers: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        let starts = Array(":wW@#`.!?\n\r".utf16) + TokenRules.emoticons.map { $0[0] }
        for u in starts where u < 0x80 {
            if u < 64 { low |= 1 << UInt64(u) } else { high |= 1 << UInt64(u - 64) }
        }
        return (low, high)
    }()

    @inline(__always)
    static func match(at i: Int, _ u: UInt16, _ buffer: UTF16Buffer, floor: Int, pairs: UnsafeBufferPointer<Bool>)
        -> SpecialSpan? {
        let p = buffer.pointer, n = buffer.count
        var found: SpecialSpan?
        switch u {
        case 0x3A: // ':'
            found = url(scheme: i, buffer, floor: floor) ?? emoticon(at: i, buffer, floor: floor)
        case 0x77, 0x57: // w W
            found = www(at: i, buffer, floor: floor)
        case 0x40: // '@'
            found = email(at: i, buffer, floor: floor) ?? tag(at: i, buffer, floor: floor, kind: .mention)
        case 0x23: // '#'
            found = tag(at: i, buffer, floor: floor, kind: .hashtag)
        case 0x60, 0xB4, 0x2032: // ` ´ ′
            found = contraction(at: i, buffer, floor: floor)
        default:
            if u < 0x80, i + 1 < n, p[i + 1] < 0x80, pairs[Int(u) << 7 | Int(p[i + 1])] {
                found = emoticon(at: i, buffer, floor: floor)
            }
        }
        return found
    }

    // MARK: Character classes

    @inline(__always) static func isASCIILetter(_ u: UInt16) -> Bool { (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }
    @inline(__always) static func isASCIIDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

    /// Letters, digits and combining marks of any script, and `_`: what a mention or hashtag is made of.
    static func isTagCharacter(_ c: Int32) -> Bool {
        if c < 0x80 { return isASCIILetter(UInt16(c)) || isASCIIDigit(UInt16(c)) || c == 0x5F }
        if u_isalnum(c) != 0 { return true }
        let type = Int32(u_charType(c))
        return type == Int32(U_NON_SPACING_MARK.rawValue) || type == Int32(U_COMBINING_SPACING_MARK.rawValue)
            || type == Int32(U_ENCLOSING_MARK.rawValue)
    }

    /// True when the code point before `i` does not glue onto a token starting at `i`: start of text, the end of
    /// the previous span, or any character that is not a letter or digit.
    static func isOpenBefore(_ i: Int, _ buffer: UTF16Buffer, floor: Int) -> Bool {
        if i == 0 || (i == floor && floor > 0) { return true }
        return u_isalnum(buffer.codePoint(before: i)) == 0
    }

    // MARK: URLs

    /// `scheme://…` where `colon` is the colon; the scheme is 2–10 ASCII letters preceded by a non-letter.
    static func url(scheme colon: Int, _ buffer: UTF16Buffer, floor: Int) -> SpecialSpan? {
        let p = buffer.pointer, n = buffer.count
        guard colon + 3 < n, p[colon + 1] == 0x2F, p[colon + 2] == 0x2F, !isURLStop(p[colon + 3]) else { return nil }
        var start = colon
        while start > floor, colon - start < 10, isASCIILetter(p[start - 1]) { start -= 1 }
        guard colon - start >= 2, isOpenBefore(start, buffer, floor: floor) else { return nil }
        return SpecialSpan(range: start..<urlEnd(from: colon + 3, buffer), kind: .url)
    }

    /// `www.` followed by at least one domain character.
    static func www(at i: Int, _ buffer: UTF16Buffer, floor: Int) -> SpecialSpan? {
        let p = buffer.pointer, n = buffer.count
        guard i + 4 < n, p[i + 1] | 0x20 == 0x77, p[i + 2] | 0x20 == 0x77, p[i + 3] == 0x2E,
              isASCIILetter(p[i + 4]) || isASCIIDigit(p[i + 4]), isOpenBefore(i, buffer, floor: floor) else { return nil }
        return SpecialSpan(range: i..<urlEnd(from: i + 4, buffer), kind: .url)
    }

    /// Characters that end a URL: spaces, controls, angle brackets, quotes (straight and curly).
    @inline(__always) static func isURLStop(_ u: UInt16) -> Bool {
        switch u {
        case 0...0x20, 0x7F, 0x22, 0x3C, 0x3E, 0x60, 0xA0, 0x2000...0x200B, 0x2018...0x201F, 0x2028, 0x2029, 0x3000:
            return true
        default: return false
        }
    }

    /// The end of a URL starting before `from`: up to a stop character, then without trailing sentence punctuation
    /// (and without a closing bracket that has no opening one inside the URL).
    static func urlEnd(from: Int, _ buffer: UTF16Buffer) -> Int {
        let p = buffer.pointer, n = buffer.count
        var end = from
        var opens = 0, closes = 0
        while end < n, !isURLStop(p[end]) {
            if p[end] == 0x28 { opens += 1 } else if p[end] == 0x29 { closes += 1 }
            end += 1
        }
        while end > from {
            let last = p[end - 1]
            if last == 0x29 && closes > opens { closes -= 1; end -= 1; continue }
            // . , ; : ! ? ' ] }
            if [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x5D, 0x7D].contains(last) { end -= 1; continue }
            break
        }
        return end
    }

    // MARK: E-mail, mentions, hashtags

    /// `local@domain.tld` where `at` is the `@`: an ASCII local part and a dotted domain whose last label has two
    /// or more letters.
    static func email(at: Int, _ buffer: UTF16Buffer, floor: Int) -> SpecialSpan? {
        let p = buffer.pointer, n = buffer.count
        func isLocal(_ u: UInt16) -> Bool {
            isASCIILetter(u) || isASCIIDigit(u) || u == 0x2E || u == 0x5F || u == 0x25 || u == 0x2B || u == 0x2D
        }
        var start = at
        while start > floor, isLocal(p[start - 1]) { start -= 1 }
        while start < at, p[start] == 0x2E { start += 1 }
        guard start < at, isOpenBefore(start, buffer, floor: floor) else { return nil }
        var end = at + 1
        while end < n, isASCIILetter(p[end]) || isASCIIDigit(p[end]) || p[end] == 0x2D || p[end] == 0x2E { end += 1 }
        while end > at + 1, p[end - 1] == 0x2E || p[end - 1] == 0x2D { end -= 1 }
        // The last label: two or more letters after a dot, and no empty labels.
        var label = 0
        var i = end
        while i > at + 1, isASCIILetter(p[i - 1]) { label += 1; i -= 1 }
        guard label >= 2, i > at + 2, p[i - 1] == 0x2E, p[at + 1] != 0x2E else { return nil }
        for k in (at + 1)..<(end - 1) where p[k] == 0x2E && p[k + 1] == 0x2E { return nil }
        return SpecialSpan(range: start..<end, kind: .email)
    }

    /// `@name` or `#tag` at `i`: the sign, not glued to a word before it, then letters, digits, marks or `_` (a
    /// hashtag needs at least one letter, so "#1" stays a number; "#️⃣" is a keycap emoji).
    static func tag(at i: Int, _ buffer: UTF16Buffer, floor: Int, kind: TokenKind) -> SpecialSpan? {
        let n = buffer.count
        guard i + 1 < n, isOpenBefore(i, buffer, floor: floor) else { return nil }
        if i > 0, buffer[i - 1] == 0x26 { return nil } // "&#39;" is an HTML entity
        var end = i + 1
        var letters = 0
        while end < n {
            let c = buffer.codePoint(at: end)
            guard isTagCharacter(c) else { break }
            if u_isalpha(c) != 0 { letters += 1 }
            end += c > 0xFFFF ? 2 : 1
        }
        guard end > i + 1, kind == .mention || letters > 0 else { return nil }
        return SpecialSpan(range: i..<end, kind: kind)
    }

    // MARK: Emoticons and contractions

    /// The longest emoticon at `i`, not glued to letters or digits on either side (so "http://", "10:30" and
    /// ":Disney" are not emoticons). A smile or frown may follow a word directly ("great:)").
    static func emoticon(at i: Int, _ buffer: UTF16Buffer, floor: Int) -> SpecialSpan? {
        let p = buffer.pointer, n = buffer.count
        var open: Bool?, afterLetter = false
        for face in TokenRules.emoticons where face[0] == p[i] && i + face.count <= n {
            var matches = true
            for k in 1..<face.count where p[i + k] != face[k] { matches = false; break }
            guard matches else { continue }
            if open == nil {
                open = isOpenBefore(i, buffer, floor: floor)
                    && !(i > 0 && (p[i - 1] == 0x3A || p[i - 1] == 0x2F || p[i - 1] == 0x5C))
                afterLetter = i > 0 && u_isalpha(buffer.codePoint(before: i)) != 0
            }
            let mouth = face[face.count - 1]
            let isSmileOrFrown = mouth == 0x29 || mouth == 0x28
            guard open == true || (afterLetter && isSmileOrFrown && (face[0] == 0x3A || face[0] == 0x3B)) else { continue }
            var end = i + face.count
            if isSmileOrFrown { while end < n, p[end] == mouth { end += 1 } }
            if end < n {
                if u_isalnum(buffer.codePoint(at: end)) != 0 { continue }
                if (mouth == 0x2F || mouth == 0x5C) && (p[end] == 0x2F || p[end] == 0x5C) { continue }
            }
            return SpecialSpan(range: i..<end, kind: .emoticon)
        }
        return nil
    }

    /// "don`t", "don´t", "don′t": a word, an apostrophe look-alike ICU does not join words across, and a
    /// contraction ending (t, s, re, ve, ll, d, m).
    static func contraction(at i: Int, _ buffer: UTF16Buffer, floor: Int) -> SpecialSpan? {
        let p = buffer.pointer, n = buffer.count
        var start = i
        while start > floor, isASCIILetter(p[start - 1]) { start -= 1 }
        guard start < i, isOpenBefore(start, buffer, floor: floor) else { return nil }
        var end = i + 1
        while end < n, isASCIILetter(p[end]) { end += 1 }
        guard end - i - 1 >= 1, end - i - 1 <= 2 else { return nil }
        if end < n, u_isalnum(buffer.codePoint(at: end)) != 0 { return nil }
        var suffix = ""
        for k in (i + 1)..<end { suffix.unicodeScalars.append(Unicode.Scalar(UInt8(p[k] | 0x20))) }
        guard ["t", "s", "re", "ve", "ll", "d", "m"].contains(suffix) else { return nil }
        return SpecialSpan(range: start..<end, kind: .word)
    }
}

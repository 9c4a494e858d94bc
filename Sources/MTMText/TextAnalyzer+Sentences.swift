internal import CICU

extension TextAnalyzer.State {
    /// A sentence before offsets are known: a UTF-16 span and the indices of its tokens in `raw`.
    struct SentenceGroup {
        var start: Int
        var end: Int
        var tokens: Range<Int>
    }

    /// Pass 2: ICU sentence ends, minus those after abbreviations and inside wrapped lines; tokens grouped by the
    /// sentence they start in; emoji and emoticons right after a closing "!!!" moved back to that sentence.
    func sentenceGroups(mayEndSentence: Bool) -> [SentenceGroup] {
        // The groups' storage is reused from one document to the next (the caller's copy is gone by then).
        var groups = groupBuffer
        groupBuffer = []
        groups.removeAll(keepingCapacity: true)
        defer { groupBuffer = groups }
        guard mayEndSentence else {
            // One sentence holding every token (what the general pass below gives with the text's end as the only
            // sentence end: tokens never reach past it, and one sentence has nothing to reattach).
            if !raw.isEmpty { groups.append(SentenceGroup(start: 0, end: buffer.count, tokens: 0..<raw.count)) }
            return groups
        }
        // Reused from one document to the next (a local while in use: no access checks per append).
        var ends = sentenceEnds
        sentenceEnds = []
        ends.removeAll(keepingCapacity: true)
        defer { sentenceEnds = ends }
        let offset = sentenceOffset
        while let relative = sentences.next() {
            let b = relative + offset
            if b < buffer.count && continuesSentence(at: b) { continue }
            ends.append(b)
        }
        let raw = self.raw
        groups.reserveCapacity(ends.count)
        var start = 0, firstToken = 0, endIndex = 0, covered = 0
        for (index, token) in raw.enumerated() {
            while endIndex < ends.count, ends[endIndex] <= token.start {
                // A token that runs over a sentence end (a URL ending in "...") stays whole in the first sentence.
                let end = max(ends[endIndex], covered)
                if index > firstToken { groups.append(SentenceGroup(start: start, end: end, tokens: firstToken..<index)) }
                start = end
                firstToken = index
                endIndex += 1
            }
            covered = max(covered, token.end)
        }
        if raw.count > firstToken {
            groups.append(SentenceGroup(start: start, end: max(buffer.count, covered), tokens: firstToken..<raw.count))
        }
        reattachTrailingEmoji(&groups)
        return groups
    }

    /// How far before the first possible sentence end the sentence pass starts at least: ICU's exceptions for
    /// English ("Mr.", "Ph.D.", "Approx.") are read back from a full stop and are all much shorter than this.
    static let sentenceWindowMargin = 32

    /// Where ICU's sentence pass may start instead of at the text's start: the start of an ASCII word after a
    /// space, at least `sentenceWindowMargin` units before `firstEnd` (0 if there is none). Before `firstEnd` no
    /// sentence rule of UAX #29 can apply (they all start at a terminal or a paragraph separator), so ICU reaches
    /// `firstEnd` in the same state from either start and finds the same boundaries after it; the text before is
    /// only read through. `SentenceWindowTests` hold this to ICU's boundaries from the start.
    func sentenceWindowStart(before firstEnd: Int) -> Int {
        let p = buffer.pointer
        var s = firstEnd - Self.sentenceWindowMargin
        while s > 0 {
            if p[s - 1] == 0x20 && PatternScanner.isASCIILetter(p[s]) { return s }
            s -= 1
        }
        return 0
    }

    /// False when the ICU sentence end at `b` should not split: after a title ("Mr.", "Dr."), after another
    /// abbreviation when a lower-case word or a number follows ("approx. 5", "etc. and"), or at a line break inside
    /// wrapped prose (a long line that does not end in punctuation, and the next starts in lower case). A line break
    /// that ends a list item or a transcript line still splits.
    func continuesSentence(at b: Int) -> Bool {
        let p = buffer.pointer
        var k = b - 1
        var lineBreaks = 0
        while k >= 0, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0A || p[k] == 0x0D {
            if p[k] == 0x0A || (p[k] == 0x0D && p[k + 1] != 0x0A) { lineBreaks += 1 }
            // Two line breaks always split; stopping here keeps a run of blank lines linear.
            if lineBreaks > 1 { return false }
            k -= 1
        }
        guard k >= 0 else { return false }
        let nextChar = firstCharacter(from: b)
        let nextIsLower = nextChar.map { u_isULowercase($0) != 0 } ?? false
        let nextIsDigit = nextChar.map { u_isdigit($0) != 0 } ?? false
        if lineBreaks == 0, nextIsLower, k > 0, Self.isClosingQuote(p[k]), p[k - 1] == 0x21 || p[k - 1] == 0x3F {
            // He said "great!" and left.
            return true
        }
        if lineBreaks == 0, p[k] == 0x2E {
            let word = wordKeyBefore(k)
            if TokenRules.sortedContains(TokenRules.packedTitleAbbreviations, word) { return true }
            if TokenRules.sortedContains(TokenRules.packedAbbreviations, word) && (nextIsLower || nextIsDigit) {
                return true
            }
            return false
        }
        if lineBreaks == 1, nextIsLower {
            let c = buffer.codePoint(before: k + 1)
            return (u_isalnum(c) != 0 || c == 0x2C) && isWrappedLine(endingAt: k)
        }
        return false
    }

    /// How far past a sentence end `firstCharacter` looks for the next word: spaces and opening quotes rarely run
    /// longer.
    static let lookAhead = 32

    /// Mail clients hard-wrap prose at 72–78 columns (RFC 5322 asks for at most 78), so a wrapped line is long;
    /// list items and transcript turns that end without punctuation are usually shorter than this.
    static let wrappedLineMinimumLength = 60

    /// True when the line holding index `k` is at least `wrappedLineMinimumLength` units long.
    private func isWrappedLine(endingAt k: Int) -> Bool {
        var i = k
        while i >= 0, k - i < Self.wrappedLineMinimumLength {
            if buffer[i] == 0x0A || buffer[i] == 0x0D { return false }
            i -= 1
        }
        return i >= 0 || k - i >= Self.wrappedLineMinimumLength
    }

    /// The lower-cased ASCII letters and inner dots just before index `dot` ("e.g", "approx"; at most eight),
    /// packed as `TokenRules.pack` packs a word; 0 (no word) if there are none or the word is not ASCII.
    private func wordKeyBefore(_ dot: Int) -> UInt64 {
        let p = buffer.pointer
        var start = dot
        while start > 0, dot - start < 8, PatternScanner.isASCIILetter(p[start - 1]) || p[start - 1] == 0x2E {
            start -= 1
        }
        if start > 0, u_isalnum(buffer.codePoint(before: start)) != 0 { return 0 }
        var key: UInt64 = 0
        for i in (start..<dot).reversed() {
            let u = p[i]
            key = key << 8 | UInt64(PatternScanner.isASCIILetter(u) ? u | 0x20 : u)
        }
        return key
    }

    /// The first code point at or after `i` that is not a space or quote mark, looking no further than
    /// `lookAhead` units and not past a line break (so runs of blank lines stay linear).
    private func firstCharacter(from i: Int) -> Int32? {
        var k = i
        while k < buffer.count, k - i < Self.lookAhead {
            let c = buffer.codePoint(at: k)
            if c == 0x0A || c == 0x0D { return nil }
            if u_isUWhiteSpace(c) == 0 && c != 0x22 && c != 0x27 && c != 0x201C && c != 0x2018 && c != 0x28 {
                return c
            }
            k += c > 0xFFFF ? 2 : 1
        }
        return nil
    }

    /// "Great!!! 😀 Next one." — ICU starts the next sentence at the emoji; it belongs to the one it closes. Moves
    /// leading emoji and emoticons of a sentence to the previous one when that ends in . ! ? on the same line.
    private func reattachTrailingEmoji(_ groups: inout [SentenceGroup]) {
        guard groups.count > 1 else { return }
        let raw = self.raw
        var kept = 0 // groups[0..<kept] are final; merging only ever touches the last of them
        for index in groups.indices {
            var group = groups[index]
            if kept > 0 {
                var previous = groups[kept - 1]
                let previousLast = raw[previous.tokens.upperBound - 1]
                var moved = group.tokens.lowerBound
                if previousLast.kind == .punctuation, Self.isClosingMark(buffer[previousLast.end - 1]) {
                    var gapStart = previousLast.end
                    while moved < group.tokens.upperBound, raw[moved].kind == .emoji || raw[moved].kind == .emoticon,
                          !hasLineBreak(gapStart..<raw[moved].start) {
                        gapStart = raw[moved].end
                        moved += 1
                    }
                }
                if moved > group.tokens.lowerBound {
                    previous.tokens = previous.tokens.lowerBound..<moved
                    if moved == group.tokens.upperBound {
                        previous.end = group.end
                        groups[kept - 1] = previous
                        continue
                    }
                    previous.end = raw[moved].start
                    groups[kept - 1] = previous
                    group.start = previous.end
                    group.tokens = moved..<group.tokens.upperBound
                }
            }
            groups[kept] = group
            kept += 1
        }
        groups.removeLast(groups.count - kept)
    }

    private func hasLineBreak(_ range: Range<Int>) -> Bool {
        for i in range {
            switch buffer[i] {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
            default: continue
            }
        }
        return false
    }

    @inline(__always) static func isClosingQuote(_ u: UInt16) -> Bool {
        u == 0x22 || u == 0x27 || u == 0x201D || u == 0x2019 || u == 0xBB || u == 0x29
    }

    @inline(__always) static func isClosingMark(_ u: UInt16) -> Bool {
        u == 0x21 || u == 0x3F || u == 0x2E || u == 0x2026 || u == 0x3002 || u == 0xFF01 || u == 0xFF1F
    }
}

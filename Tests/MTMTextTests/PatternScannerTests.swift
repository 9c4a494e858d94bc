import MTMRecord
@testable import MTMText
import Testing

/// On all-ASCII text `PatternScanner.scan` steps over bytes with a table (`asciiTriggers`, `startsSomething`), four
/// at a time where it can. These tests hold it to the plain scan it replaced: every unit tested against the trigger
/// set, and every trigger tried.
@Suite struct PatternScannerTests {
    /// The scan before the byte table: the trigger mask on every unit, `match` at every trigger.
    static func plainScan(_ buffer: UTF16Buffer) -> (spans: [SpecialSpan], firstEnd: Int?) {
        let p = buffer.pointer, n = buffer.count
        var spans: [SpecialSpan] = [], firstEnd: Int?
        TokenRules.emoticonPairs.withUnsafeBufferPointer { pairs in
            var i = 0, floor = 0
            while i < n {
                let u = p[i]
                let mask = u < 64 ? PatternScanner.triggers.low : PatternScanner.triggers.high
                if u >= 0x80 || mask & (1 << UInt64(u & 63)) == 0 { i += 1; continue }
                if PatternScanner.isSentenceEnd(u) {
                    if firstEnd == nil { firstEnd = i }
                    i += 1
                    continue
                }
                if let found = PatternScanner.match(at: i, u, buffer, floor: floor, pairs: pairs) {
                    spans.append(found)
                    if firstEnd == nil, let end = found.range.first(where: { PatternScanner.isSentenceEnd(p[$0]) }) {
                        firstEnd = end
                    }
                    i = found.range.upperBound
                    floor = i
                } else {
                    i += 1
                }
            }
        }
        return (spans, firstEnd)
    }

    static func describe(_ spans: [SpecialSpan]) -> [String] { spans.map { "\($0.range) \($0.kind)" } }

    @Test func asciiTriggersHoldTheTriggerSet() {
        for byte in 0..<256 {
            let mask = byte < 64 ? PatternScanner.triggers.low : PatternScanner.triggers.high
            let isTrigger = byte < 128 && mask & (1 << UInt64(byte & 63)) != 0
            let isAlphanumeric = byte < 128 && (PatternScanner.isASCIILetter(UInt16(byte))
                                                || PatternScanner.isASCIIDigit(UInt16(byte)))
            #expect(PatternScanner.asciiTriggers[byte] == (isTrigger ? (isAlphanumeric ? 2 : 1) : 0), "\(byte)")
        }
    }

    /// Hand-made texts where a letter trigger sits inside a word, right after a span, or at the start.
    @Test(arguments: [
        "www.a.com", "awww.a.com", "XD", "aXD lol", "8-) ok", "a8-)", "o_O", "hello o_O", "to_O", "http://x.io/aXD",
        "@bob:)XD", "#tag8-)", "0:) 0:-) a0:)", "T_T", "hiT_T", "wow www.x.org", "xD:) :)xD", "", "w", "ww.", "www.",
        "don`t", "a.b!c?d\ne\rf", ":-) :-(", "(: ):", "^_^ -_- >.<", "\\o/ x\\o/", "e-mail me: a@b.io or @c",
    ])
    func scanEqualsPlainScanOnHandMadeText(_ text: String) {
        Self.expectPlainScan(text, UTF16Buffer())
    }

    static func expectPlainScan(_ text: String, _ buffer: UTF16Buffer) {
        buffer.load(text)
        var spans: [SpecialSpan] = []
        let firstEnd = PatternScanner.scan(buffer, into: &spans)
        let plain = plainScan(buffer)
        #expect(describe(spans) == describe(plain.spans), "\(text.debugDescription)")
        #expect(firstEnd == plain.firstEnd, "\(text.debugDescription)")
    }

    /// Random ASCII built from triggers, letters, digits and the characters around spans.
    @Test func scanEqualsPlainScanOnRandomASCII() {
        let pieces = ["w", "W", "www.", "x", "X", "D", "o", "O", "T", "_", "8", "0", "a", "b", "z", "3", " ", " ", ".",
                      ":", ";", "-", ")", "(", "@", "#", "`", "'", "t", "!", "?", "\n", "^", "<", "/", "\\", "=", "|",
                      "http://", "a.io", "lol", "XD", ":)", "8-)", "0:)", "o_O", "&#39;"]
        var rng = SplitMix64(seed: 2_026_12_03)
        let buffer = UTF16Buffer()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined()
            Self.expectPlainScan(text, buffer)
        }
    }
}

import Testing
@testable import MTMScoring

/// The byte-level routines of the sentiment path against the simple String implementations they replace.
@Suite struct SentimentBytesTests {
    static let pieces = ["n", "'", "t", " ", "&", "lt", "gt", ";", "<", ">", "&lt;", "&gt;", "3", ":", "(", "a", "L",
                         "&LT;", "é", "\u{0301}", "😀", "no", "ﬁ"]

    static func samples(_ count: Int = 3_000) -> [String] {
        var random = SystemRandomNumberGenerator()
        var out = pieces + ["", "don't", "can't", "n't", "nt", "n 't", "&lt;3", "&&lt;;", "&lt&gt;;", "&gt;:(", "&lt;\u{0301}"]
        for _ in 0..<count {
            let n = Int.random(in: 0...6, using: &random)
            out.append((0..<n).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        return out
    }

    @Test func ntAndSpaceAgreeWithTheStringTests() {
        for sample in Self.samples() {
            var copy = sample
            let (nt, space) = copy.withUTF8 { SentimentAnalyzer.ntAndSpace($0) }
            // The reference: VADER's `"n't" in word` on bytes, as `containsNT` answers it on a String.
            let bytes = Array(sample.utf8)
            let reference = bytes.indices.contains { $0 + 2 < bytes.count && bytes[$0...($0 + 2)].elementsEqual("n't".utf8) }
            #expect(nt == reference, "\(sample)")
            #expect(nt == VaderConstants.containsNT(sample), "\(sample)")
            #expect(space == Array(sample.utf8).contains(UInt8(ascii: " ")), "\(sample)")
            #expect(space == SentimentItem.hasSpace(sample), "\(sample)")
            let bytesSpace = copy.withUTF8 { SentimentItem.hasSpace($0) }
            #expect(bytesSpace == space)
        }
    }

    /// The two-word form `lookUp` uses for a small String's bytes (`WordIndex.lookUpInline`) against the byte scan.
    @Test func ntAndSpaceOfPackedWordsAgreeWithTheByteScan() {
        for sample in Self.samples() + ["isn't it", "x don't", "shouldn't", "wouldn't ok", "nt't", "n'tn't"] {
            var copy = sample
            let bytes = Array(sample.utf8)
            guard bytes.count <= 15 else { continue }
            var head: UInt64 = 0, tail: UInt64 = 0
            for (i, byte) in bytes.enumerated() {
                if i < 8 { head |= UInt64(byte) << UInt64(8 * i) } else { tail |= UInt64(byte) << UInt64(8 * (i - 8)) }
            }
            let packed = SentimentAnalyzer.ntAndSpace(head: head, tail: tail, count: bytes.count)
            let scanned = copy.withUTF8 { SentimentAnalyzer.ntAndSpace($0) }
            #expect(packed.containsNT == scanned.containsNT, "\(sample)")
            #expect(packed.hasSpace == scanned.hasSpace, "\(sample)")
        }
    }

    @Test func angleEntitiesDecodeAsReplacingDoes() {
        for sample in Self.samples() {
            let expected = sample.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            guard let decoded = SentimentAnalyzer.decodingAngleEntities(sample) else {
                #expect(sample.utf8.contains { $0 >= 0x80 }, "\(sample)")
                continue
            }
            #expect(decoded.text == expected, "\(sample)")
            #expect(decoded.changed == (expected != sample), "\(sample)")
        }
    }

    @Test func ruleWordsMatchTheirSpellingOnly() {
        for code in RuleWord.allCases where code != .other {
            #expect(RuleWord(code.word) == code)
            #expect(RuleWord(code.word + "s") == .other)
            #expect(RuleWord(code.word.uppercased()) == .other)
        }
        for sample in Self.samples(500) + ["", "a", "kinds", "however,", "not "] {
            let code = RuleWord(sample)
            #expect(code == .other || code.word == sample, "\(sample)")
        }
        let item = SentimentItem(lower: "but", isUpper: false, valence: nil, isNegation: false)
        var changed = item
        changed.lower = "kind of"
        #expect(item.ruleWord == .but && changed.ruleWord == .other && changed.hasSpace && !item.hasSpace)
    }
}

extension SentimentBytesTests {
    @Test func wordsSplitAsSplitDoes() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["a", "bc", " ", "  ", "x-y", "'", "é", "😀", "\t"]
        var samples = ["", " ", "  a  b ", "grinning face with big eyes", "a", " a", "a "]
        for _ in 0..<2_000 {
            let n = Int.random(in: 0...6, using: &random)
            samples.append((0..<n).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for sample in samples {
            #expect(SentimentAnalyzer.words(sample) == sample.split(separator: " "), "\(sample)")
            #expect(SentimentAnalyzer.words(sample.dropFirst()) == sample.dropFirst().split(separator: " "), "\(sample)")
        }
    }
}

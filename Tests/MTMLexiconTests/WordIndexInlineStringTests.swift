import MTMRecord
import Testing
@testable import MTMLexicon

/// `WordIndex+Strings.swift`: small Strings looked up from their own two words agree with the bytes path, for
/// every length around the 15-byte inline limit, ASCII and not, found and missing.
@Suite struct WordIndexInlineStringTests {
    @Test func layoutCheckHoldsOnThisPlatform() {
        // Every supported platform (64-bit Linux and macOS) stores small strings inline; if this fails the fast path
        // is off and every lookup takes the bytes path, which the other tests still cover.
        #expect(WordIndex.checkInlineStrings())
    }

    @Test func inlineWordsAreTheBytes() throws {
        for word in ["", "a", "ok", "don't", "abcdefgh", "abcdefghi", "0123456789abcde", "é", "café au lait", "😡"] {
            let words = try #require(WordIndex.inlineWords(word, layoutHolds: true), "\(word)")
            let bytes = Array(word.utf8)
            #expect(words.count == bytes.count)
            var rebuilt: [UInt8] = []
            for i in 0..<words.count {
                let word: UInt64 = i < 8 ? words.head : words.tail
                let shift = UInt64(8 * (i % 8))
                rebuilt.append(UInt8(truncatingIfNeeded: word >> shift))
            }
            #expect(rebuilt == bytes, "\(word)")
        }
        #expect(WordIndex.inlineWords("0123456789abcdef", layoutHolds: true) == nil)
        #expect(WordIndex.inlineWords("a", layoutHolds: false) == nil)
    }

    /// Random words of 0–20 bytes (so some are too long to be small), half of them filed.
    @Test func inlineLookupsAgreeWithByteLookups() {
        var random = SplitMix64(seed: 7)
        let alphabet: [String] = ["a", "b", "e", "n", "t", "'", " ", "é", "ß", "x", "y", "z"]
        let words: [String] = (0..<6_000).map { _ in
            let length = Int(random.next() % 21)
            return (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
        }
        let filed = Array(words.prefix(3_000)) + ["", "exactly15bytes!", "sixteen bytes xx"]
        var index = WordIndex(filed)
        for position in 0..<index.count { index.setPayload(UInt64(position) * 3 + 1, at: position) }
        for word in words + ["", "exactly15bytes!", "sixteen bytes xx", "exactly15bytes", "sixteen bytes x"] {
            var bytes = word
            let expected = bytes.withUTF8 { index.positionAndPayload(utf8: $0) }
            let got = index.positionAndPayload(word)
            #expect(got?.position == expected?.position, "\(word)")
            #expect(got?.payload == expected?.payload, "\(word)")
            if let inline = index.lookUpInline(word) {
                #expect(word.utf8.count <= 15)
                #expect(inline.position == expected?.position, "\(word)")
            } else {
                #expect(word.utf8.count > 15, "\(word) was not read inline")
            }
        }
    }

    /// Strings made other ways than literals: lower-cased, sliced, built up, decoded.
    @Test func derivedStringsAreFound() {
        let index = WordIndex(["annoyed", "don't", "café", "on hold"])
        let made = ["ANNOYED".lowercased(), String("xxannoyedxx".dropFirst(2).dropLast(2)), "do" + "n't",
                    String(decoding: Array("café".utf8), as: UTF8.self), ["on", "hold"].joined(separator: " ")]
        for (word, position) in zip(made, [0, 0, 1, 2, 3]) {
            #expect(index.positionAndPayload(word)?.position == position, "\(word)")
        }
    }
}

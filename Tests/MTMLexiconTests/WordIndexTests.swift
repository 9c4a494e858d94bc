import MTMRecord
import Testing
@testable import MTMLexicon

@Suite struct WordIndexTests {
    /// Random words over a small alphabet (so that many share prefixes and lengths), with non-ASCII and empty ones.
    static func words(_ count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let alphabet: [String] = ["a", "b", "e", "n", "t", "'", " ", "é", "😀", "ß"]
        return (0..<count).map { _ in
            let length = Int(random.next() % 9)
            return (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
        }
    }

    @Test func findsWhatADictionaryFinds() {
        var distinct: [String] = []
        var positions: [String: Int] = [:]
        for word in Self.words(5_000, seed: 1) where positions[word] == nil {
            positions[word] = distinct.count
            distinct.append(word)
        }
        let index = WordIndex(distinct)
        #expect(index.count == distinct.count)
        for word in Self.words(20_000, seed: 1) + Self.words(20_000, seed: 2) {
            #expect(index[word] == positions[word], "\(word)")
        }
    }

    @Test func repeatedWordKeepsItsFirstPosition() {
        let index = WordIndex(["good", "bad", "good", "fine"])
        #expect(index.count == 3)
        #expect(index["good"] == 0)
        #expect(index["bad"] == 1)
        #expect(index["fine"] == 2)
        #expect(index["goo"] == nil)
        #expect(index["goods"] == nil)
    }

    @Test func emptyIndexAndEmptyWord() {
        let empty = WordIndex([])
        #expect(empty["anything"] == nil)
        #expect(empty[""] == nil)
        let withEmpty = WordIndex(["", "a"])
        #expect(withEmpty[""] == 0)
        #expect(withEmpty["a"] == 1)
    }

    @Test func bytesAndStringsAgree() {
        let index = WordIndex(["café", "cafe"])
        var key = "café"
        #expect(key.withUTF8 { index[utf8: $0] } == 0)
        #expect(index["cafe\u{301}"] == nil)  // another spelling: compared as bytes, as the text stage's norms are
        #expect(index[String(Substring("a café").dropFirst(2))] == 0)
        #expect(index[String(repeating: "long word ", count: 20)] == nil)
    }
}

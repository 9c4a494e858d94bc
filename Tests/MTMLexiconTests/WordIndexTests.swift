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

    /// Words of 0–40 bytes, so that keys fill one or both inline words, or spill into the arena (over 16 bytes).
    @Test func longAndShortWordsFindWhatADictionaryFinds() {
        var random = SplitMix64(seed: 5)
        let alphabet: [String] = ["a", "b", "\0", "é", "x"]
        func word() -> String {
            (0..<Int(random.next() % 41)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
        }
        var distinct: [String] = []
        var positions: [String: Int] = [:]
        for _ in 0..<3_000 {
            let w = word()
            if positions[w] == nil { positions[w] = distinct.count; distinct.append(w) }
        }
        let index = WordIndex(distinct)
        for w in distinct { #expect(index[w] == positions[w], "\(w)") }
        for _ in 0..<10_000 {
            let w = word()
            #expect(index[w] == positions[w], "\(w)")
        }
    }

    /// Payloads stay with their words when the slots grow and when a copy's storage moves before a mutation.
    @Test func payloadsSurviveGrowthAndCopies() {
        var index = WordIndex(capacity: 0)
        let words = Self.words(2_000, seed: 3) + (0..<500).map { "a long word number \($0) of the test" }
        var expected: [Int: UInt64] = [:]
        for w in words {
            var w = w
            let (position, inserted) = w.withUTF8 { index.insert(utf8: $0) }
            if inserted {
                index.setPayload(UInt64(position) &* 0x9E37_79B9, at: position)
                expected[position] = UInt64(position) &* 0x9E37_79B9
            }
        }
        var copy = index
        copy.setPayload(7, at: 0)
        #expect(index.payload(at: 0) == expected[0])
        #expect(copy.payload(at: 0) == 7)
        for w in words {
            var w = w
            let found = try? #require(w.withUTF8 { copy.positionAndPayload(utf8: $0) })
            guard let found else { continue }
            #expect(found.payload == (found.position == 0 ? 7 : expected[found.position]), "\(w)")
            #expect(index[w] == found.position)
        }
    }
}

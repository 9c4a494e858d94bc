import Testing
@testable import MTMScoring

/// `SentimentAnalyzer.WordTable` against the `[String: WordInfo]` dictionary it replaced.
struct WordTableTests {
    @Test func matchesADictionaryOnRandomWords() {
        var rng = SystemRandomNumberGenerator()
        let letters = Array("abcdeinost' ")
        var words: [String] = ["", "don't", "no problem", "a", "n't"]
        for _ in 0..<2_000 {
            let length = Int.random(in: 1...24, using: &rng)
            words.append(String((0..<length).map { _ in letters.randomElement(using: &rng)! }))
        }
        var table = SentimentAnalyzer.WordTable(capacity: 4)
        var expected: [String: SentimentAnalyzer.WordInfo] = [:]
        for word in words {
            let value = Double(Int.random(in: -40...40, using: &rng)) / 10
            table.update(word) { $0.valence = value }
            expected[word, default: SentimentAnalyzer.WordInfo()].valence = value
            if Bool.random(using: &rng) {
                table.update(word) { $0.negation = true }
                expected[word, default: SentimentAnalyzer.WordInfo()].negation = true
            }
        }
        #expect(table.infos.count == expected.count)
        for (word, info) in expected {
            #expect(table.valence(word) == info.valence)
            let found = table.index[word].map { table.infos[$0] }
            #expect(found?.negation == info.negation)
            #expect(found?.containsNT == VaderConstants.containsNT(word))
            #expect(found?.hasSpace == SentimentItem.hasSpace(word))
        }
        #expect(table.valence("zzz") == nil)
        #expect(table.valence("dont'") == expected["dont'"]?.valence)
    }
}

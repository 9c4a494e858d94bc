import Testing
@testable import MTMScoring

/// `EmotionScorer.hasSuffix` (bytes when exact) against `String.hasSuffix`.
@Suite struct EmotionScorerSuffixTests {
    @Test func agreesWithStringHasSuffixOnHandBuiltWords() {
        let words = ["", "e", "r", "er", "est", "happier", "angriest", "best", "never", "fer", "caf\u{E9}er",
                     "\u{0600}er", "\u{0600}est", "e\u{301}r", "er\u{301}", "xe\u{301}st", "\u{1F600}er",
                     "\r\ner", "über", "straße", "a long token that is not small and ends in er"]
        for word in words {
            for suffix: StaticString in ["er", "est"] {
                #expect(EmotionScorer.hasSuffix(word, suffix) == word.hasSuffix(String(describing: suffix)),
                        "\(word.debugDescription) \(suffix)")
            }
        }
    }

    @Test func agreesWithStringHasSuffixOnRandomWords() {
        let pieces = ["e", "r", "s", "t", "a", "\u{301}", "\u{0600}", "\u{E9}", "\u{1F600}", "\u{200D}", "\r", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let word = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            for suffix: StaticString in ["er", "est"] {
                #expect(EmotionScorer.hasSuffix(word, suffix) == word.hasSuffix(String(describing: suffix)),
                        "\(word.debugDescription) \(suffix)")
            }
        }
    }
}

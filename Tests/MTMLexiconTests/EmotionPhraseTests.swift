import MTMText
import Testing
@testable import MTMLexicon

enum MTMTextFixture {
    static func tokens(_ text: String) throws -> [Token] {
        try TextAnalyzer().analyze(text).tokens
    }
}

@Suite struct EmotionPhraseTests {
    /// A hand-built lexicon: one word, a two-word and a three-word phrase sharing their start.
    static func small() -> EmotionLexicon {
        var lexicon = EmotionLexicon(categories: [
            EmotionCategory(name: "frustration", arousal: .high, polarity: .negative),
            EmotionCategory(name: "anger", arousal: .high, polarity: .negative),
        ])
        lexicon.set(termKeys: ["hold"], emotion: "frustration", weight: 0.1)
        lexicon.set(termKeys: ["on", "hold"], emotion: "frustration", weight: 0.5)
        lexicon.set(termKeys: ["on", "hold", "forever"], emotion: "frustration", weight: 0.9)
        lexicon.set(termKeys: ["rip", "off"], emotion: "anger", weight: 0.8)
        return lexicon
    }

    @Test func longestPhraseWins() throws {
        let lexicon = Self.small()
        let matches = lexicon.matches(in: try MTMTextFixture.tokens("I was on hold forever today")[...])
        #expect(matches.map(\.term) == ["on hold forever"])
        #expect(matches.first?.tokens == 2..<5)
        let shorter = lexicon.matches(in: try MTMTextFixture.tokens("on hold again, hold")[...])
        #expect(shorter.map(\.term) == ["on hold", "hold"])
    }

    @Test func phraseWordsMatchInflectedForms() throws {
        let lexicon = Self.small()
        #expect(lexicon.matches(in: try MTMTextFixture.tokens("they ripped off everyone")[...]).map(\.term) == ["rip off"])
        #expect(lexicon.matches(in: try MTMTextFixture.tokens("ripping off")[...]).map(\.term) == ["rip off"])
        #expect(lexicon.matches(in: try MTMTextFixture.tokens("rip, off")[...]).isEmpty)
    }

    @Test func matchIndicesAreTheSlicesOwn() throws {
        let tokens = try MTMTextFixture.tokens("first part. then on hold forever")
        let slice = tokens[3...]
        let matches = Self.small().matches(in: slice)
        #expect(matches.first.map { tokens[$0.tokens].map(\.norm) } == ["on", "hold", "forever"])
    }

    @Test(arguments: [
        ("I'm so fed up with this", "fed up with", "frustration"),
        ("totally fed up", "fed up", "frustration"),
        ("they really let me down", "let me down", "disappointment"),
        ("over the moon with it", "over the moon", "joy"),
        ("Sam went above and beyond", "went above and beyond", "joy"),
        ("no idea where my parcel is", "no idea", "confusion"),
        ("what a rip-off", "rip - off", "anger"),
        ("Hassle-free and quick", "hassle - free", "joy"),
        ("Hassle-free returns", "hassle - free return", "relief"),
        ("I dont care anymore, they didnt care", "dont care", "sadness"),
        ("couldn't be happier", "couldnt be happier", "joy"),
        ("Thank you SO much!", "thank you so much", "gratitude"),
        ("been on hold for an hour", "on hold for an hour", "frustration"),
    ])
    func shippedPhrases(text: String, term: String, emotion: String) throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        let matches = lexicon.matches(in: try MTMTextFixture.tokens(text)[...])
        let match = matches.first { $0.term == term }
        #expect(match != nil, "\(text): \(matches.map(\.term))")
        #expect(match?.weights.contains { $0.emotion == emotion } == true)
    }

    @Test func emptyAndRandomInputDoNotCrash() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        #expect(lexicon.matches(in: [][...]).isEmpty)
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz '’-!?.,:;éß😡🙏❤️ \u{301}\u{200D}0123456789")
        for _ in 0..<300 {
            let length = Int.random(in: 0..<40, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            _ = lexicon.matches(in: try MTMTextFixture.tokens(text)[...])
            _ = lexicon.lookup(text)
            for word in text.split(separator: " ") { _ = Inflection.candidates(of: String(word)) }
        }
    }
}

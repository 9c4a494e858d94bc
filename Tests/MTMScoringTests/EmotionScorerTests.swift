import Foundation
import MTMLexicon
import MTMText
import Testing
@testable import MTMScoring

/// The shipped lexicon, loaded once, and helpers to score text with it.
enum EmotionScoring {
    static let lexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lexicons")
    private static let loaded = Result { () throws(LexiconError) -> EmotionLexicon in
        try EmotionLexicon.load(directory: lexicons).0
    }

    static func scorer() throws -> EmotionScorer { EmotionScorer(lexicon: try loaded.get()) }

    /// Emotions of the whole text (all sentences).
    static func score(_ text: String) throws -> [String: Double] {
        try scorer().score(try TextAnalyzer().analyze(text))
    }

    /// The lexicon weight of one term and emotion.
    static func weight(_ term: String, _ emotion: String) throws -> Double {
        try loaded.get().lookup(term).first { $0.emotion == emotion }?.weight ?? 0
    }
}

@Suite struct EmotionScorerTests {
    @Test func plainEmotionWordCounts() throws {
        let emotions = try EmotionScoring.score("I am so annoyed with the delivery")
        #expect(emotions["anger"] == (try EmotionScoring.weight("annoy", "anger")))
        #expect(emotions["joy"] == nil)
    }

    @Test func weightsAddUpPerEmotion() throws {
        let emotions = try EmotionScoring.score("Furious. Absolutely furious")
        let furious = try EmotionScoring.weight("furious", "anger")
        #expect(furious > 0)
        #expect(abs((emotions["anger"] ?? 0) - 2 * furious) < 1e-12)
    }

    @Test func recordScoreIsTheSumOfItsSentences() throws {
        let text = try TextAnalyzer().analyze("The staff were rude. I was on hold forever! Thank you anyway.")
        let scorer = try EmotionScoring.scorer()
        var sum: [String: Double] = [:]
        for sentence in text.sentences {
            for (name, value) in scorer.score(sentence, in: text) { sum[name, default: 0] += value }
        }
        let record = scorer.score(text)
        #expect(Set(record.keys) == Set(sum.keys))
        for (name, value) in record { #expect(abs(value - sum[name]!) < 1e-12) }
        #expect(record["anger"] != nil && record["frustration"] != nil && record["gratitude"] != nil)
    }

    @Test func clauseScoresOnlyItsTokens() throws {
        let text = try TextAnalyzer().analyze("The food was delicious but the waiter was rude")
        let tokens = text.sentences[0].tokens
        let but = tokens.firstIndex { $0.norm == "but" }!
        let scorer = try EmotionScoring.scorer()
        let first = scorer.score(tokens: tokens[..<but], in: text)
        let second = scorer.score(tokens: tokens[(but + 1)...], in: text)
        #expect(first["joy"] != nil && first["anger"] == nil)
        #expect(second["anger"] != nil && second["joy"] == nil)
    }

    @Test func emptyInputGivesNoEmotions() throws {
        #expect(try EmotionScoring.score("") == [:])
        #expect(try EmotionScoring.score("   \n ") == [:])
        #expect(try EmotionScoring.score("The parcel came on Tuesday.") == [:])
        let text = try TextAnalyzer().analyze("")
        #expect(try EmotionScoring.scorer().score(tokens: [][...], in: text) == [:])
    }

    @Test func randomStringsDoNotCrash() throws {
        let scorer = try EmotionScoring.scorer()
        let analyzer = try TextAnalyzer()
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz ABCDEFG '’-!!??.,:;éß😡🙏❤️ \u{301}\u{200D}0123456789\n")
        for _ in 0..<300 {
            let length = Int.random(in: 0..<60, using: &generator)
            let text = analyzer.analyze(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            let emotions = scorer.score(text)
            #expect(emotions.values.allSatisfy { $0 > 0 && $0.isFinite })
        }
    }

    @Test func highArousalShare() throws {
        let scorer = try EmotionScoring.scorer()
        #expect(abs(scorer.highArousalShare(["anger": 0.3, "sadness": 0.1]) - 0.75) < 1e-12)
        #expect(scorer.highArousalShare([:]) == 0)
        let rant = try EmotionScoring.score("I am furious and fed up")
        let quiet = try EmotionScoring.score("I was a bit disappointed and sad")
        #expect(scorer.highArousalShare(rant) > scorer.highArousalShare(quiet))
    }
}

import MTMLexicon
import MTMText
import Testing
@testable import MTMScoring

@Suite struct EmotionScorerNegationTests {
    @Test(arguments: [
        "I am not angry", "I'm not angry", "I'm not at all angry", "I wasn't angry", "I wasnt angry",
        "I dont feel angry", "never angry with them", "no anger here", "without any anger",
    ])
    func negatedNegativeEmotionDoesNotCount(text: String) throws {
        #expect(try EmotionScoring.score(text)["anger"] == nil, "\(text)")
    }

    @Test func negatedPositiveEmotionBecomesMildDisappointment() throws {
        let emotions = try EmotionScoring.score("I am not happy today")
        let happy = try EmotionScoring.weight("happy", "joy")
        #expect(emotions["joy"] == nil)
        #expect(abs((emotions["disappointment"] ?? 0) - happy * EmotionScorer.negatedPositiveDisappointment) < 1e-12)
    }

    @Test func negationReachesThreeWordsOnly() throws {
        // Three words before "angry": negated; four words before: outside the window.
        #expect(try EmotionScoring.score("not really that angry")["anger"] == nil)
        #expect(try EmotionScoring.score("not that I was angry")["anger"] != nil)
    }

    @Test func clauseMarksAndButEndTheNegation() throws {
        #expect(try EmotionScoring.score("Not cheap, but happy with it")["joy"] != nil)
        #expect(try EmotionScoring.score("It was not fast; I was happy anyway")["joy"] != nil)
    }

    @Test func neverSoIsEmphasisNotNegation() throws {
        #expect(try EmotionScoring.score("I have never been so angry")["anger"] != nil)
        #expect(try EmotionScoring.score("never this annoyed in my life")["anger"] != nil)
        #expect(try EmotionScoring.score("I was never angry")["anger"] == nil)
    }

    @Test func negatedComparativeIsPraise() throws {
        #expect(try EmotionScoring.score("We could not be happier")["joy"] != nil)
        #expect(try EmotionScoring.score("I couldn't be happier")["joy"] != nil)
        #expect(try EmotionScoring.score("I couldn't be happier")["disappointment"] == nil)
    }

    @Test func phrasesCarryTheirOwnNegator() throws {
        #expect(try EmotionScoring.score("I have no idea what happened")["confusion"] != nil)
        #expect(try EmotionScoring.score("The hotel didn't disappoint")["joy"] != nil)
        #expect(try EmotionScoring.score("The hotel didn't disappoint")["disappointment"] == nil)
        #expect(try EmotionScoring.score("No problem at all")["relief"] != nil)
    }

    @Test func textStageNegationFlagIsHonoured() throws {
        var text = try TextAnalyzer().analyze("Nah angry")
        let scorer = try EmotionScoring.scorer()
        #expect(scorer.score(text)["anger"] != nil)
        text.sentences[0].tokens[0].flags.insert(.negation)
        #expect(scorer.score(text)["anger"] == nil)
    }
}

@Suite struct EmotionScorerIntensityTests {
    @Test func allCapsRaisesTheWeightInMixedCaseText() throws {
        let plain = try EmotionScoring.score("I am angry about it")["anger"] ?? 0
        let caps = try EmotionScoring.score("I am ANGRY about it")["anger"] ?? 0
        #expect(plain > 0)
        #expect(abs(caps - plain * (1 + EmotionScorer.allCapsBoost)) < 1e-12)
        // All-caps text has no emphasis to show.
        let shouting = try EmotionScoring.score("I AM ANGRY ABOUT IT")["anger"] ?? 0
        #expect(abs(shouting - plain) < 1e-12)
    }

    @Test(arguments: [1, 2, 3, 4, 7])
    func exclamationMarksRaiseWeightsUpToALimit(marks: Int) throws {
        let plain = try EmotionScoring.score("I am angry")["anger"] ?? 0
        let loud = try EmotionScoring.score("I am angry" + String(repeating: "!", count: marks))["anger"] ?? 0
        let expected = plain * (1 + EmotionScorer.exclamationBoostPerMark
            * Double(min(marks, EmotionScorer.exclamationMarkLimit)))
        #expect(abs(loud - expected) < 1e-12)
    }

    @Test func elongationRaisesTheWeight() throws {
        var text = try TextAnalyzer().analyze("I am angry")
        let scorer = try EmotionScoring.scorer()
        let plain = scorer.score(text)["anger"] ?? 0
        text.sentences[0].tokens[2].flags.insert(.elongated)
        let long = scorer.score(text)["anger"] ?? 0
        #expect(abs(long - plain * (1 + EmotionScorer.elongationBoost)) < 1e-12)
    }
}

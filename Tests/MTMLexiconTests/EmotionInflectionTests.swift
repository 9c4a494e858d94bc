import Testing
@testable import MTMLexicon

@Suite struct EmotionInflectionTests {
    @Test(arguments: [
        ("annoyed", "annoy"), ("annoying", "annoy"), ("annoys", "annoy"), ("disappointing", "disappoint"),
        ("frustrated", "frustrate"), ("confusing", "confuse"), ("worried", "worry"), ("worries", "worry"),
        ("terrified", "terrify"), ("scammed", "scam"), ("upsetting", "upset"), ("stopped", "stop"),
        ("angrily", "angry"), ("happily", "happy"), ("terribly", "terrible"), ("frustratingly", "frustrate"),
        ("disappointingly", "disappoint"), ("frantically", "frantic"), ("happier", "happy"), ("happiest", "happy"),
        ("sadder", "sad"), ("rudest", "rude"), ("hopes", "hope"), ("crashes", "crash"), ("lying", "lie"),
        ("company's", "company"), ("delays", "delay"),
    ])
    func candidatesContainTheLemma(word: String, lemma: String) {
        #expect(EmotionInflection.candidates(of: word).contains(lemma))
    }

    @Test(arguments: ["annoy", "crisis", "glass", "bus", "déçu", "😡", "ok", ""])
    func noRuleNoCandidateOrNoShortStem(word: String) {
        let candidates = EmotionInflection.candidates(of: word)
        #expect(!candidates.contains(word))
        #expect(candidates.allSatisfy { $0.utf8.count >= EmotionInflection.minimumStem })
        if word == "annoy" || word == "glass" || word == "bus" || word == "déçu" || word == "😡" { #expect(candidates.isEmpty) }
    }

    @Test(arguments: [
        ("I was so annoyed", "anger"), ("annoying app", "anger"), ("it annoys me", "anger"),
        ("disappointing visit", "disappointment"), ("we were worried", "anxiety"), ("they scammed us", "anger"),
        ("I was terrified", "anxiety"), ("utterly disgusted", "disgust"), ("she thanked us", "gratitude"),
    ])
    func shippedLexiconMatchesInflectedForms(text: String, emotion: String) throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        let tokens = try MTMTextFixture.tokens(text)
        let found = lexicon.matches(in: tokens[...]).flatMap(\.weights).map(\.emotion)
        #expect(found.contains(emotion), "\(text): \(found)")
    }
}

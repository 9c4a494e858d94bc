import Foundation
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
        #expect(Inflection.candidates(of: word).contains(lemma))
    }

    @Test(arguments: ["annoy", "crisis", "glass", "bus", "déçu", "😡", "ok", ""])
    func noRuleNoCandidateOrNoShortStem(word: String) {
        let candidates = Inflection.candidates(of: word)
        #expect(!candidates.contains(word))
        #expect(candidates.allSatisfy { $0.utf8.count >= Inflection.minimumStem })
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

/// The lexicon precomputes inflected forms (`inflectedForms(of:)`); matching must agree with stripping suffixes
/// from the token (`candidates(of:)`) on real English words.
@Suite struct EmotionInflectionIndexTests {
    static let vaderWords = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/vader_lexicon/vader_lexicon.txt")

    @Test(arguments: ["annoy", "frustrate", "worry", "scam", "upset", "terrible", "happy", "lie", "hope", "crash",
                      "sad", "frantic", "company"])
    func everyGeneratedFormLeadsBack(lemma: String) {
        let forms = Inflection.inflectedForms(of: lemma)
        #expect(!forms.isEmpty)
        #expect(forms.allSatisfy { Inflection.candidates(of: $0).contains(lemma) })
    }

    @Test func generatedFormsCoverTheTestedInflections() {
        let pairs = [("annoyed", "annoy"), ("annoyingly", "annoy"), ("worried", "worry"), ("worries", "worry"),
                     ("scammed", "scam"), ("upsetting", "upset"), ("terribly", "terrible"), ("happier", "happy"),
                     ("happiest", "happy"), ("happily", "happy"), ("lying", "lie"), ("hopes", "hope"),
                     ("crashes", "crash"), ("sadder", "sad"), ("frantically", "frantic"), ("company's", "company"),
                     ("frustratingly", "frustrate")]
        for (word, lemma) in pairs {
            #expect(Inflection.inflectedForms(of: lemma).contains(word), "\(lemma) → \(word)")
        }
    }

    /// Every word of VADER's lexicon (7,500 real words, many inflected) resolves in the shipped lexicon to what
    /// exact-then-stripped lookup gives.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: vaderWords.path), "needs ../shared/corpora"))
    func indexAgreesWithSuffixStripping() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        let words = try String(contentsOf: Self.vaderWords, encoding: .utf8).split(whereSeparator: \.isNewline)
            .compactMap { $0.split(separator: "\t").first.map { String($0).lowercased() } }
        var checked = 0
        for word in words where !word.contains(" ") {
            let viaIndex = lexicon.lookup(word)
            let stripped = ([word] + Inflection.candidates(of: word)).first { lexicon.hasEntry($0) }
            let expected = stripped.map { lexicon.lookup($0) } ?? []
            #expect(viaIndex == expected, "\(word): \(viaIndex.map(\.emotion)) vs \(stripped ?? "-")")
            if !viaIndex.isEmpty { checked += 1 }
        }
        #expect(checked > 300)
    }
}

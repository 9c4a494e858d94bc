import Foundation
import Testing
@testable import MTMLexicon

/// The byte-level lemma inflection (`Inflection+Lemmas.swift`, rewritten for start-up speed) must give exactly what
/// the string version (`ReferenceInflection`) gave: the same candidates in the same order and the same inflected forms
/// in the same order, on every word of the shipped lexicons, on VADER's words and on random words.
@Suite struct InflectionEquivalenceTests {
    static let vaderWords = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/vader_lexicon/vader_lexicon.txt")

    /// Every word of the shipped emotion terms and of the shipped VADER copy, plus every inflected form of them
    /// (so the suffix-stripping side sees real inflections, not only lemmas).
    static func shippedWords() throws -> [String] {
        let terms = try String(contentsOf: EmotionFixtures.lexicons.appendingPathComponent("emotions/cx-emotions.tsv"),
                               encoding: .utf8)
        let vader = try String(contentsOf: EmotionFixtures.lexicons.appendingPathComponent("valence/vader_lexicon.txt"),
                               encoding: .utf8)
        var words: Set<String> = []
        for line in terms.split(separator: "\n") where !line.hasPrefix("#") {
            for word in line.split(separator: "\t").first?.split(separator: " ") ?? [] { words.insert(word.lowercased()) }
        }
        for line in vader.split(separator: "\n") {
            if let word = line.split(separator: "\t").first { words.insert(String(word)); words.insert(word.lowercased()) }
        }
        for word in Array(words) { words.formUnion(ReferenceInflection.inflectedForms(of: word)) }
        return words.sorted()
    }

    /// Random words over letters weighted towards the suffix letters, with some apostrophes, capitals, digits and
    /// non-ASCII letters, lengths 0…14, from a fixed seed.
    static func randomWords(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz") + Array("eeeiiissyyddgglrrtt") + ["'", "A", "Y", "3", "é", "-"]
        let endings = ["s", "es", "ies", "ed", "ied", "ing", "ying", "ly", "ily", "ally", "er", "ier", "est", "iest", "'s"]
        return (0..<count).map { _ in
            let length = Int(next() % 12)
            var word = String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
            if next() % 3 != 0 { word += endings[Int(next() % UInt64(endings.count))] }
            return word
        }
    }

    static func expectSame(_ word: String) {
        #expect(Inflection.candidates(of: word) == ReferenceInflection.candidates(of: word), "candidates of '\(word)'")
        let new = Inflection.inflections(of: word), old = ReferenceInflection.inflections(of: word)
        #expect(new.map(\.form) == old.map(\.form), "inflections of '\(word)'")
        #expect(new.map(\.candidates) == old.map(\.candidates), "candidates of the inflections of '\(word)'")
    }

    @Test func shippedWordsAndTheirFormsAgree() throws {
        let words = try Self.shippedWords()
        #expect(words.count > 20_000)
        for word in words { Self.expectSame(word) }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: vaderWords.path), "needs ../shared/corpora"))
    func vaderCorpusWordsAgree() throws {
        let text = try String(contentsOf: Self.vaderWords, encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) {
            if let word = line.split(separator: "\t").first { Self.expectSame(String(word)) }
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomWordsAgree(seed: UInt64) {
        for word in Self.randomWords(count: 5_000, seed: seed) { Self.expectSame(word) }
    }

    @Test(arguments: ["", "a", "ly", "s", "'s", "ies", "ying", "ally", "lylyly", "eed", "ee", "ie", "\r\n", "ab\r\n",
                      "😡s", "déçus", "ABCs", "Happily", "hoped", "hoping", "hopped", "buses", "glasses"])
    func edgeCasesAgree(word: String) {
        Self.expectSame(word)
    }

    /// The phrase index's surface forms must not change either.
    @Test func surfaceFormsAgree() throws {
        let words = try Self.shippedWords().prefix(4_000) + Self.randomWords(count: 2_000, seed: 9)
        for word in words {
            #expect(Set(EmotionLexicon.surfaceForms(of: word)) == ReferenceInflection.surfaceForms(of: word), "'\(word)'")
        }
    }
}

/// Slots of one first word share a phrase group (built once instead of once per surface form); every slot must still
/// see exactly the phrases that may start with it, in matching order, and their second words.
@Suite struct EmotionPhraseGroupTests {
    @Test func everySlotsGroupHoldsExactlyItsPhrases() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        var phrases: [Int: EmotionLexicon.Phrase] = [:]
        for group in lexicon.phraseGroups { for phrase in group { phrases[phrase.entry] = phrase } }
        #expect(phrases.count > 1_000)
        let ordered = phrases.values.sorted {
            ($0.words.count, lexicon.entryKeys[$1.entry]) > ($1.words.count, lexicon.entryKeys[$0.entry])
        }
        var expected: [Int32: [EmotionLexicon.Phrase]] = [:]
        for phrase in ordered { for id in phrase.words[0] { expected[id, default: []].append(phrase) } }
        var checked = 0
        for (id, slot) in lexicon.slots.enumerated() {
            let mine = expected[Int32(id)] ?? []
            guard slot.phraseGroup >= 0 else { #expect(mine.isEmpty); continue }
            let group = lexicon.phraseGroups[Int(slot.phraseGroup)]
            #expect(group.map(\.entry) == mine.map(\.entry), "slot \(id)")
            #expect(lexicon.phraseGroupSeconds[Int(slot.phraseGroup)] == Array(Set(mine.flatMap { $0.words[1] })).sorted())
            checked += 1
        }
        #expect(checked > 1_000)
        #expect(lexicon.phraseGroups.count < checked, "slots of one word share a group")
    }
}

import Foundation
import MTMText
import Testing
@testable import MTMLexicon

@Suite struct EmotionLexiconTests {
    static let required = ["anger", "frustration", "confusion", "anxiety", "disappointment", "sadness", "disgust",
                           "surprise", "trust", "joy", "gratitude", "relief"]

    @Test func shippedLexiconLoadsWithoutFindings() throws {
        let (_, findings) = try EmotionFixtures.shipped()
        #expect(findings == [])
    }

    @Test func shippedLexiconHasAThousandTermsAndEveryCategory() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        #expect(lexicon.termCount >= 1_000)
        for name in Self.required {
            #expect(lexicon.category(named: name) != nil, "category \(name) is not declared")
        }
        var used = Set<String>()
        for term in lexicon.terms { for weight in lexicon.lookup(term) { used.insert(weight.emotion) } }
        #expect(used.isSuperset(of: Self.required), "categories without terms: \(Set(Self.required).subtracting(used))")
    }

    /// Reads the TSV itself (not through the loader) so an emotion the loader dropped cannot hide.
    @Test func everyEmotionInTheDataIsDeclared() throws {
        let folder = EmotionFixtures.lexicons.appendingPathComponent("emotions")
        let declared = try String(contentsOf: folder.appendingPathComponent("categories.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { String($0.split(separator: "\t")[0]) }
        let rows = try String(contentsOf: folder.appendingPathComponent("cx-emotions.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        #expect(rows.count >= 1_000)
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 4, "\(row)")
            #expect(declared.contains(String(fields[1])), "\(row)")
            let weight = Double(fields[2]) ?? -1
            #expect((0...1).contains(weight), "\(row)")
        }
    }

    @Test func categoriesCarryArousalAndPolarity() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        #expect(lexicon.category(named: "anger")?.arousal == .high)
        #expect(lexicon.category(named: "disappointment")?.arousal == .low)
        #expect(lexicon.category(named: "surprise")?.polarity == .ambiguous)
        #expect(lexicon.category(named: "gratitude")?.polarity == .positive)
        #expect(lexicon.categories.allSatisfy { !$0.description.isEmpty })
    }

    @Test func lookupFindsWordsPhrasesAndInflections() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        #expect(EmotionFixtures.weights(lexicon, "annoyed")["anger"] != nil)
        #expect(EmotionFixtures.weights(lexicon, "fed up")["frustration"] != nil)
        #expect(EmotionFixtures.weights(lexicon, "over the moon")["joy"] != nil)
        #expect(EmotionFixtures.weights(lexicon, "went above and beyond")["joy"] != nil)
        #expect(EmotionFixtures.weights(lexicon, "no idea")["confusion"] != nil)
        #expect(EmotionFixtures.weights(lexicon, "ripped off")["anger"] != nil)
        #expect(EmotionFixtures.weights(lexicon, "hassle - free")["joy"] != nil)
        #expect(lexicon.lookup("the").isEmpty)
        #expect(lexicon.lookup("").isEmpty)
        // A listed form wins over its stem: "pleased" is joy, "please" (in every complaint) is nothing.
        #expect(EmotionFixtures.weights(lexicon, "pleased")["joy"] != nil)
        #expect(lexicon.lookup("please").isEmpty)
    }

    @Test func arousalSummarySplitsWeight() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        let summary = lexicon.arousal(of: ["anger": 0.6, "sadness": 0.2, "joy": 0.2, "unknown": 5])
        #expect(abs(summary.high - 0.8) < 1e-12)
        #expect(abs(summary.low - 0.2) < 1e-12)
        #expect(abs(summary.highShare - 0.8) < 1e-12)
        #expect(lexicon.arousal(of: [:]).highShare == 0)
    }
}

@Suite struct EmotionSlotLookupTests {
    @Test func loadedLexiconCarriesEverySlotInItsFormsPayload() throws {
        let (lexicon, _) = try EmotionFixtures.shipped()
        #expect(lexicon.payloadsCurrent)
        #expect(lexicon.forms.count == lexicon.slots.count)
        for (id, slot) in lexicon.slots.enumerated() {
            #expect(lexicon.forms.payload(at: id) == slot.packed)
            #expect(EmotionLexicon.Slot(packed: slot.packed).entry == slot.entry)
            #expect(EmotionLexicon.Slot(packed: slot.packed).phraseGroup == slot.phraseGroup)
        }
        for word in ["", "zzz", "annoyedd", "the customer"] { #expect(lexicon.forms[word] == nil) }
    }

    @Test func settingATermFallsBackToTheSlotsAndStillMatches() throws {
        var (lexicon, _) = try EmotionFixtures.shipped()
        let added = lexicon.set(termKeys: ["flabbergastingly"], emotion: "surprise", weight: 0.7)
        #expect(added)
        #expect(!lexicon.payloadsCurrent)
        #expect(lexicon.lookup("flabbergastingly").map(\.emotion) == ["surprise"])
        lexicon.indexSlots()
        #expect(lexicon.lookup("flabbergastingly").map(\.emotion) == ["surprise"])
    }
}

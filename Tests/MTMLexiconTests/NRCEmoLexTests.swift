import Foundation
import Testing
@testable import MTMLexicon

/// NRC's data may not be redistributed; these files are hand-written in its format.
@Suite struct NRCEmoLexTests {
    static let wordLevel = """
        abandon\tanger\t0
        abandon\tanticipation\t0
        abandon\tfear\t1
        abandon\tnegative\t1
        abandon\tsadness\t1
        cheerful\tjoy\t1
        cheerful\tpositive\t1
        cheerful\tsurprise\t1
        deadline\tanticipation\t1
        furious\tanger\t1
        mouldy\tdisgust\t1

        """

    @Test func wordLevelFileMapsCategories() throws {
        let file = try EmotionFixtures.file("NRC-Emotion-Lexicon-Wordlevel-v0.92.txt", Self.wordLevel)
        let folder = try EmotionFixtures.lexiconFolder(categories: EmotionFixtures.smallCategories,
                                                       terms: "term\temotion\tweight\nfurious\tanger\t0.95\n")
        let (lexicon, findings) = try EmotionLexicon.load(directory: folder, overlays: [file])
        #expect(findings.isEmpty)
        // fear → anxiety; 0 rows, anticipation, positive and negative are not used.
        #expect(EmotionFixtures.weights(lexicon, "abandon") == ["anxiety": NRCEmoLex.binaryWeight,
                                                                "sadness": NRCEmoLex.binaryWeight])
        #expect(EmotionFixtures.weights(lexicon, "cheerful") == ["joy": 0.5, "surprise": 0.5])
        #expect(lexicon.lookup("deadline").isEmpty)
        // NRC never overrides a CX weight.
        #expect(EmotionFixtures.weights(lexicon, "furious") == ["anger": 0.95])
        // Inflections work for NRC words too.
        #expect(EmotionFixtures.weights(lexicon, "abandoned")["anxiety"] != nil)
    }

    @Test func intensityFileKeepsScores() throws {
        let file = try EmotionFixtures.file("NRC-Emotion-Intensity-Lexicon-v1.txt", """
            word\temotion\temotion-intensity-score
            outraged\tanger\t0.964
            terrorism\tfear\t0.969
            """)
        let folder = try EmotionFixtures.lexiconFolder(categories: EmotionFixtures.smallCategories,
                                                       terms: "term\temotion\tweight\n")
        let (lexicon, findings) = try EmotionLexicon.load(directory: folder, overlays: [file])
        #expect(findings.isEmpty)
        #expect(EmotionFixtures.weights(lexicon, "outraged") == ["anger": 0.964])
        #expect(EmotionFixtures.weights(lexicon, "terrorism") == ["anxiety": 0.969])
    }

    @Test func badNRCRowsAreFindings() throws {
        let file = try EmotionFixtures.file("nrc.txt", """
            abandon\tfear\t1
            broken line
            happy\tglee\t1
            sad\tsadness\tyes
            """)
        let folder = try EmotionFixtures.lexiconFolder(categories: EmotionFixtures.smallCategories,
                                                       terms: "term\temotion\tweight\n")
        let (_, findings) = try EmotionLexicon.load(directory: folder, overlays: [file])
        #expect(findings.map(\.line) == [2, 3, 4])
        #expect(findings.map(\.code) == ["lexicon-malformed-line", "lexicon-unknown-emotion", "lexicon-malformed-line"])
    }

    @Test func mappingCoversNRCsTenCategories() {
        #expect(NRCEmoLex.mapping.count == 10)
        #expect(NRCEmoLex.mapping["fear"] == "anxiety")
        #expect(NRCEmoLex.mapping["anticipation"] == .some(nil))
    }
}

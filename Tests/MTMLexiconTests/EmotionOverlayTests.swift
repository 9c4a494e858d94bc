import Foundation
import MTMRecord
import Testing
@testable import MTMLexicon

@Suite struct EmotionOverlayTests {
    @Test func overlayAddsOverridesAndRemoves() throws {
        let overlay = try EmotionFixtures.file("mine.tsv", """
            # my team's additions
            term\temotion\tweight\tnote
            chuffed to bits\tjoy\t0.95\tBritish
            annoy\tanger\t0.3\tmilder for our customers
            furious\tanger\t0\twe never want this counted
            """)
        let (lexicon, findings) = try EmotionLexicon.load(directory: EmotionFixtures.lexicons, overlays: [overlay])
        #expect(findings.isEmpty)
        #expect(EmotionFixtures.weights(lexicon, "chuffed to bits")["joy"] == 0.95)
        #expect(EmotionFixtures.weights(lexicon, "annoyed")["anger"] == 0.3)
        // Weight 0 removes the emotion, and the term no longer falls back to another form.
        #expect(EmotionFixtures.weights(lexicon, "furious")["anger"] == nil)
    }

    @Test func categoriesOverlayDeclaresNewEmotionWhateverItsOrder() throws {
        let terms = try EmotionFixtures.file("terms.tsv", "term\temotion\tweight\nmeh\tboredom\t0.5\n")
        let categories = try EmotionFixtures.file("categories.tsv", """
            emotion\tarousal\tpolarity\tdescription
            boredom\tlow\tnegative\tnothing happens
            """)
        let (lexicon, findings) = try EmotionLexicon.load(directory: EmotionFixtures.lexicons,
                                                          overlays: [terms, categories])
        #expect(findings.isEmpty)
        #expect(lexicon.category(named: "boredom")?.arousal == .low)
        #expect(EmotionFixtures.weights(lexicon, "meh")["boredom"] == 0.5)
    }

    @Test func columnsMayComeInAnyOrder() throws {
        let overlay = try EmotionFixtures.file("reordered.tsv", "weight\tterm\temotion\n0.7\tgrumble\tanger\n")
        let (lexicon, findings) = try EmotionLexicon.load(directory: EmotionFixtures.lexicons, overlays: [overlay])
        #expect(findings.isEmpty)
        #expect(EmotionFixtures.weights(lexicon, "grumbling")["anger"] == 0.7)
    }

    @Test func malformedLinesAreFindingsWithFileAndLine() throws {
        let overlay = try EmotionFixtures.file("bad.tsv", """
            term\temotion\tweight\tnote\tsource
            good one\tjoy\t0.5\tfine\tme
            only-two-fields\tjoy
            loud\tanger\tvery
            loud\tanger\t1.5
            meh\tboredom\t0.4
            \tjoy\t0.3

            twice\tjoy\t0.2
            twice\tjoy\t0.3
            """)
        let (lexicon, findings) = try EmotionLexicon.load(directory: EmotionFixtures.lexicons, overlays: [overlay])
        let path = overlay.path
        let byCode = Dictionary(grouping: findings, by: \.code)
        #expect(byCode["lexicon-unknown-column"]?.map(\.location) == ["\(path):1:5"])
        #expect(byCode["lexicon-malformed-line"]?.map(\.location) == ["\(path):3"])
        #expect(byCode["lexicon-bad-weight"]?.map(\.location) == ["\(path):4", "\(path):5"])
        #expect(byCode["lexicon-unknown-emotion"]?.map(\.location) == ["\(path):6"])
        #expect(byCode["lexicon-empty-term"]?.map(\.location) == ["\(path):7"])
        #expect(byCode["lexicon-duplicate-entry"]?.map(\.location) == ["\(path):10"])
        #expect(findings.allSatisfy { $0.hint != nil && $0.description.hasPrefix(path) })
        // Good lines around the bad ones still load; the later duplicate wins.
        #expect(EmotionFixtures.weights(lexicon, "good one")["joy"] == 0.5)
        #expect(EmotionFixtures.weights(lexicon, "twice")["joy"] == 0.3)
    }

    @Test func missingFileIsAnError() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/mtm/overlay.tsv")
        #expect(throws: LexiconError.self) {
            try EmotionLexicon.load(directory: EmotionFixtures.lexicons, overlays: [missing])
        }
        do {
            _ = try EmotionLexicon.load(directory: EmotionFixtures.lexicons, overlays: [missing])
        } catch {
            #expect(error.description.contains("/nonexistent/mtm/overlay.tsv"))
            #expect(error.description.contains("not found"))
        }
        #expect(throws: LexiconError.self) {
            try EmotionLexicon.load(directory: URL(fileURLWithPath: "/nonexistent/mtm"))
        }
    }

    @Test func unrecognisedOverlayIsAnError() throws {
        let overlay = try EmotionFixtures.file("what.tsv", "hello world\nsomething else\n")
        do {
            _ = try EmotionLexicon.load(directory: EmotionFixtures.lexicons, overlays: [overlay])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("\(overlay.path):1:"))
        }
    }

    @Test func headerWithoutWeightIsAnError() throws {
        let overlay = try EmotionFixtures.file("noweight.tsv", "term\temotion\tnote\nx\tjoy\ty\n")
        #expect(throws: LexiconError.self) {
            try EmotionLexicon.load(directory: EmotionFixtures.lexicons, overlays: [overlay])
        }
    }

    @Test func badCategoryRowsAreFindings() throws {
        let folder = try EmotionFixtures.lexiconFolder(categories: """
            emotion\tarousal\tpolarity\tdescription
            anger\thigh\tnegative\tok
            calm\tmedium\tpositive\tbad arousal
            glee\thigh\tsunny\tbad polarity
            """, terms: "term\temotion\tweight\tnote\nrage\tanger\t1\t\ncalm\tcalm\t0.5\t\n")
        let (lexicon, findings) = try EmotionLexicon.load(directory: folder)
        #expect(lexicon.categories.map(\.name) == ["anger"])
        #expect(findings.filter { $0.code == "lexicon-bad-category" }.map(\.line) == [3, 4])
        #expect(findings.filter { $0.code == "lexicon-unknown-emotion" }.map(\.line) == [3])
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let folder = try EmotionFixtures.lexiconFolder(
            categories: "\u{FEFF}emotion\tarousal\tpolarity\r\njoy\thigh\tpositive\r\n",
            terms: "term\temotion\tweight\r\nyay\tjoy\t0.8\r\n")
        let (lexicon, findings) = try EmotionLexicon.load(directory: folder)
        #expect(findings.isEmpty)
        #expect(EmotionFixtures.weights(lexicon, "yay")["joy"] == 0.8)
    }
}

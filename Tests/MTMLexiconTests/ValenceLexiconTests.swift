import Foundation
import MTMRecord
import Testing
@testable import MTMLexicon

/// Loading the shipped valence lexicons and reporting bad files with file:line.
struct ValenceLexiconTests {
    static let lexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lexicons")

    /// A temporary folder with a `valence/` subfolder holding the given files.
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-valence-\(UUID().uuidString)")
        let valence = root.appendingPathComponent("valence")
        try FileManager.default.createDirectory(at: valence, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: valence.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return root
    }

    @Test func shippedLexiconsLoadCleanly() throws {
        let (vader, vaderFindings) = try ValenceLexicon.loadVader(directory: Self.lexicons)
        #expect(vaderFindings.isEmpty)
        #expect(vader.words.count == 7506)  // 7,520 lines, some keys repeated: vaderSentiment 3.3.2 also has 7,506
        #expect(vader.words["good"] == 1.9)
        #expect(vader.emoji.count == 3570)
        #expect(vader.emoji["😁"] == "beaming face with smiling eyes")
        let (mtm, findings) = try ValenceLexicon.load(directory: Self.lexicons)
        #expect(findings.isEmpty, "\(findings)")
        #expect(mtm.phrases["no problem"]! > 0)
        #expect(mtm.phrases["on hold"]! < 0)
        #expect(mtm.words["kindly"] == 0)
        #expect(mtm.words["hassle-free"]! > 0)
        var scratch: [Finding] = []
        let overlay = try ValenceLexicon.readOverlay(Self.lexicons.appendingPathComponent("valence/cx-overlay.tsv"),
                                                     findings: &scratch)
        #expect(overlay.count >= 300)
        #expect(overlay.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func vaderFormatReportsBadLinesWithTheirNumbers() throws {
        let root = try folder([
            ValenceLexicon.vaderFile: "good\t1.9\t0.9\t[2, 2]\nbroken-line\nbad\tnope\t1\nwide\t1\t2\t[1]\textra\n",
            ValenceLexicon.emojiFile: "😀\tgrinning face\r\n😐\r\n",
        ])
        let (lexicon, findings) = try ValenceLexicon.loadVader(directory: root)
        #expect(lexicon.words == ["good": 1.9, "wide": 1])
        #expect(lexicon.emoji == ["😀": "grinning face"])
        let places = findings.map { "\($0.code)@\($0.line ?? 0)" }
        #expect(places.contains("lexicon-malformed-line@2"))
        #expect(places.contains("lexicon-bad-number@3"))
        #expect(places.contains("lexicon-unknown-column@4"))
        #expect(findings.contains { $0.source.hasSuffix(ValenceLexicon.emojiFile) && $0.line == 2 })
        #expect(findings.allSatisfy { $0.description.contains(":\($0.line!)") })
    }

    @Test func overlayNeedsAHeader() throws {
        let root = try folder(["x.tsv": "# comment\nrefund\t-1\twhy\n"])
        #expect(throws: LexiconError.self) {
            var findings: [Finding] = []
            _ = try ValenceLexicon.readOverlay(root.appendingPathComponent("valence/x.tsv"), findings: &findings)
        }
        do {
            var findings: [Finding] = []
            _ = try ValenceLexicon.readOverlay(root.appendingPathComponent("valence/x.tsv"), findings: &findings)
        } catch {
            #expect(error.description.contains("x.tsv:2"))
        }
    }

    @Test func overlayReportsUnknownColumnsBadValuesAndDuplicates() throws {
        let text = """
        term\tvalence\treason\tsource
        refund\t-1\ttrouble\tme
        on hold\tslow\twhy
        too good\t9\tclamped
        refund\t-0.5\tagain
        lonely
        extra\t1\ta\tb\tc

        """
        let root = try folder(["o.tsv": text])
        var findings: [Finding] = []
        let entries = try ValenceLexicon.readOverlay(root.appendingPathComponent("valence/o.tsv"), findings: &findings)
        #expect(entries.map(\.term) == ["refund", "too good", "refund", "extra"])
        #expect(entries[1].valence == 4)
        let codes = findings.map { "\($0.code)@\($0.line ?? 0)" }
        #expect(codes.contains("lexicon-unknown-column@1"))
        #expect(codes.contains("lexicon-bad-number@3"))
        #expect(codes.contains("lexicon-out-of-range@4"))
        #expect(codes.contains("lexicon-duplicate@5"))
        #expect(codes.contains("lexicon-malformed-line@6"))
        #expect(codes.contains("lexicon-unknown-column@7"))
    }

    @Test func userOverlaysOverrideInOrder() throws {
        let root = try folder([
            ValenceLexicon.vaderFile: "good\t1.9\nrefund\t0\n",
            ValenceLexicon.emojiFile: "",
            ValenceLexicon.overlayFile: "term\tvalence\treason\nrefund\t-1\tcx\n",
            "a.tsv": "term\tvalence\nrefund\t-2\nlate delivery\t-2.5\n",
            "b.tsv": "term\tvalence\nrefund\t0.5\n",
        ])
        let valence = root.appendingPathComponent("valence")
        let (lexicon, findings) = try ValenceLexicon.load(directory: root, overlays: [valence.appendingPathComponent("a.tsv"),
                                                                                    valence.appendingPathComponent("b.tsv")])
        #expect(findings.isEmpty)
        #expect(lexicon.words["refund"] == 0.5)
        #expect(lexicon.phrases["late delivery"] == -2.5)
        #expect(lexicon.longestPhrase == 2)
        #expect(lexicon.words["good"] == 1.9)
    }

    @Test func missingFileThrowsWithItsPath() throws {
        let root = try folder([:])
        do {
            _ = try ValenceLexicon.loadVader(directory: root)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(ValenceLexicon.vaderFile))
        }
    }

    @Test func emptyFilesGiveEmptyLexicons() throws {
        let root = try folder([ValenceLexicon.vaderFile: "", ValenceLexicon.emojiFile: ""])
        let (lexicon, findings) = try ValenceLexicon.loadVader(directory: root)
        #expect(lexicon.words.isEmpty && lexicon.emoji.isEmpty && findings.isEmpty)
    }
}

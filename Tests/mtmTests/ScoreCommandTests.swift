import Foundation
import MTMRecord
import Testing

/// `mtm score`, `mtm explain`, `mtm eval sentiment` run as the built binary (skipped when it is not built).
struct ScoreCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/mtm")
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    func run(_ arguments: [String], input: String = "") throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input.data(using: .utf8)!)
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test(.enabled(if: built, "build mtm first (swift build)"))
    func scoreWritesOneRecordPerLineWithTheContractFields() throws {
        let input = "Waited an hour on hold. The agent was rude!\nThe agent went above and beyond, thank you.\n\n"
        let (status, out, _) = try run(["score", "-"], input: input)
        #expect(status == 0)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONParser.parse(String(lines[0]))
        guard case let .object(fields) = first else { Issue.record("not an object"); return }
        #expect(fields.map(\.key) == ["id", "compound", "pos", "neu", "neg", "label", "intensity", "emotions", "sentences"])
        #expect(out.contains("\"label\":\"negative\""))
        #expect(out.contains("\"id\":\"-:2\""))
        #expect(lines[1].contains("\"label\":\"positive\""))
        #expect(lines[0].contains("\"text\":\"Waited an hour on hold. \",\"start\":0,\"end\":24"))
    }

    @Test(.enabled(if: built, "build mtm first (swift build)"))
    func scoreIsDeterministicAcrossJobs() throws {
        let input = (1...50).map { "Line \($0): the room was \($0 % 2 == 0 ? "great" : "dirty")!" }.joined(separator: "\n")
        let one = try run(["score", "--jobs", "1", "-"], input: input)
        let two = try run(["score", "--jobs", "2", "-"], input: input)
        #expect(one.out == two.out)
        #expect(one.out.split(separator: "\n").count == 50)
    }

    @Test(.enabled(if: built, "build mtm first (swift build)"))
    func explainNamesTheRules() throws {
        let (status, out, _) = try run(["explain", "The staff were not helpful but the room was VERY nice!!"])
        #expect(status == 0)
        #expect(out.contains("negated by 'not'"))
        #expect(out.contains("contrastive conjunction"))
        #expect(out.contains("punctuation emphasis"))
        #expect(out.contains("compound"))
        let intensifier = try run(["explain", "The jeans are definitely too tight."])
        #expect(intensifier.out.contains("intensifier before 'too tight': booster, not its own valence 1.7"))
    }

    @Test(.enabled(if: built, "build mtm first (swift build)"))
    func scoreWritesEmotionsByNameForRecordAndSentences() throws {
        let (status, out, _) = try run(["score", "-"], input: "I was angry and so disappointed. Thank you, I am grateful.\n")
        #expect(status == 0)
        guard case let .object(fields) = try JSONParser.parse(out.trimmingCharacters(in: .newlines)),
              case let .object(emotions)? = fields.first(where: { $0.key == "emotions" })?.value,
              case let .array(sentences)? = fields.first(where: { $0.key == "sentences" })?.value else {
            Issue.record("unexpected shape: \(out)"); return
        }
        let names = emotions.map(\.key)
        #expect(names.count >= 3)
        #expect(names == names.sorted())
        #expect(names.contains("anger") && names.contains("gratitude"))
        #expect(sentences.count == 2)
        for sentence in sentences {
            guard case let .object(s) = sentence, case let .object(e)? = s.first(where: { $0.key == "emotions" })?.value else {
                Issue.record("sentence without emotions"); continue
            }
            #expect(!e.isEmpty)
            #expect(e.map(\.key) == e.map(\.key).sorted())
        }
    }

    @Test(.enabled(if: built, "build mtm first (swift build)"))
    func evalReadsLabelGoldAndReportsBadLines() throws {
        let gold = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).tsv")
        try "Great hotel\tpositive\nAwful food\tnegative\nThe room\tneutral\nno label here\n".write(to: gold, atomically: true, encoding: .utf8)
        let (status, out, err) = try run(["eval", "sentiment", "--gold", gold.path, "--format", "label", "--json"])
        #expect(status == 0)
        #expect(out.contains("\"n\":3"))
        #expect(out.contains("\"weighted\":{\"precision\":1,\"recall\":1,\"f1\":1"))
        #expect(err.contains(":4: error"))
        let strict = try run(["eval", "sentiment", "--gold", gold.path, "--format", "label", "--strict"])
        #expect(strict.status == 1)
    }

    @Test(.enabled(if: built, "build mtm first (swift build)"))
    func usageErrorsExitTwoAndBadOverlaysAreReported() throws {
        #expect(try run(["score", "--model", "nope", "-"]).status == 2)
        let overlay = FileManager.default.temporaryDirectory.appendingPathComponent("o-\(UUID().uuidString).tsv")
        try "term\tvalence\nrefund\tlots\n".write(to: overlay, atomically: true, encoding: .utf8)
        let (status, _, err) = try run(["score", "--lexicon", overlay.path, "-"], input: "ok\n")
        #expect(status == 0)
        #expect(err.contains("\(overlay.path):2"))
        #expect(try run(["score", "--strict", "--lexicon", overlay.path, "-"], input: "ok\n").status == 1)
    }
}

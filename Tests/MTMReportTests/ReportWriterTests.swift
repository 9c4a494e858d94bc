import Foundation
import Testing
@testable import MTMReport

@Suite struct ReportWriterTests {
    static let allFiles = ["moments.csv", "touchpoints.csv", "touchpoint_emotions.csv", "stages.csv", "drivers.csv",
                           "segments.csv", "trends.csv", "mentions.csv", "records.csv", "rejects.csv", "summary.json",
                           "mtm.xlsx", "report.html"]

    @Test func writesEveryFileIntoANewDirectory() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("report")
        let result = try ReportWriter().write(SampleDocument.document, to: out.path)
        #expect(result.files == Self.allFiles)
        let present = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(present == Self.allFiles.sorted())
        // Nothing is left beside the directory.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings == ["report"])
    }

    @Test func formatSubsetWritesOnlyThose() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("r")
        try ReportWriter(formats: [.json, .html]).write(SampleDocument.document, to: out.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["report.html", "summary.json"])
    }

    @Test func refusesANonEmptyDirectoryWithoutForce() throws {
        let out = try TestSupport.temporaryDirectory()
        let mine = out.appendingPathComponent("notes.txt")
        try Data("keep me".utf8).write(to: mine)
        #expect(throws: ReportError.directoryNotEmpty(out.standardizedFileURL.path)) {
            try ReportWriter().write(SampleDocument.document, to: out.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["notes.txt"])
    }

    @Test func forceReplacesOurFilesAndKeepsOthers() throws {
        let out = try TestSupport.temporaryDirectory()
        try Data("keep me".utf8).write(to: out.appendingPathComponent("notes.txt"))
        try Data("old".utf8).write(to: out.appendingPathComponent("summary.json"))
        try ReportWriter(formats: [.json], force: true).write(SampleDocument.document, to: out.path)
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary.hasPrefix("{\"schema_version\":1,"))
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func anEmptyExistingDirectoryIsFilled() throws {
        let out = try TestSupport.temporaryDirectory()
        try ReportWriter(formats: [.csv]).write(SampleDocument.document, to: out.path)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("moments.csv").path))
    }

    @Test func aFailedRunLeavesNothingBehind() throws {
        let parent = try TestSupport.temporaryDirectory()
        let out = parent.appendingPathComponent("report")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicDirectory.write(to: out.path, force: false, files: [
                ("a.csv", { url in try Data("a".utf8).write(to: url) }),
                ("b.csv", { _ in throw Boom() }),
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test func aFailedForcedRunLeavesTheOldFilesUntouched() throws {
        let out = try TestSupport.temporaryDirectory()
        try Data("old".utf8).write(to: out.appendingPathComponent("a.csv"))
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicDirectory.write(to: out.path, force: true, files: [
                ("a.csv", { url in try Data("new".utf8).write(to: url) }),
                ("b.csv", { _ in throw Boom() }),
            ])
        }
        #expect(try String(contentsOf: out.appendingPathComponent("a.csv"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["a.csv"])
    }

    @Test func aFileInTheWayIsAnError() throws {
        let dir = try TestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("file")
        try Data().write(to: file)
        #expect(throws: ReportError.notADirectory(file.standardizedFileURL.path)) {
            try ReportWriter().write(SampleDocument.document, to: file.path)
        }
    }

    @Test func excelCSVHasByteOrderMark() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("r")
        try ReportWriter(formats: [.csv], excelCSV: true).write(SampleDocument.document, to: out.path)
        let data = try Data(contentsOf: out.appendingPathComponent("moments.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test(arguments: [("csv", [ReportFormat.csv]), ("xlsx,html", [.xlsx, .html]), ("all", ReportFormat.allCases),
                      (" JSON , csv ", [.json, .csv])])
    func parsesFormatLists(_ text: String, _ expected: [ReportFormat]) throws {
        #expect(try ReportFormat.parseList(text).get() == Set(expected))
    }

    @Test func rejectsUnknownFormats() {
        #expect(throws: ReportFormat.FormatListError.self) { try ReportFormat.parseList("csv,pdf").get() }
        #expect(throws: ReportFormat.FormatListError.self) { try ReportFormat.parseList("").get() }
    }
}

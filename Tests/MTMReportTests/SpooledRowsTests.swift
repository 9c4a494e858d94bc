import Foundation
import Testing
import ZIPFoundation
@testable import MTMReport

/// Rows kept in a file (`RowSpool`) instead of memory: read back exactly, written to the same CSV and workbook
/// bytes as rows in memory, and the staging directory they live in.
@Suite struct SpooledRowsTests {
    static func randomCell(_ g: inout SystemRandomNumberGenerator) -> ReportCell {
        let alphabet = Array("ab ,\"\n\r\t=<&é😀'\u{0}")
        switch Int.random(in: 0..<6, using: &g) {
        case 0: return .empty
        case 1: return .integer([Int.min, Int.max, 0, -1, Int.random(in: -1_000_000...1_000_000, using: &g)].randomElement(using: &g)!)
        case 2: return .number([-0.0, .infinity, -.infinity, 1e-300, Double.random(in: -1...1, using: &g)].randomElement(using: &g)!)
        default:
            return .text(String((0..<Int.random(in: 0...20, using: &g)).map { _ in alphabet.randomElement(using: &g)! }))
        }
    }

    @Test func spoolGivesBackEveryRowExactly() throws {
        let dir = try TestSupport.temporaryDirectory()
        var g = SystemRandomNumberGenerator()
        var rows: [[ReportCell]] = (0..<2_000).map { _ in (0..<Int.random(in: 0...9, using: &g)).map { _ in Self.randomCell(&g) } }
        // A text longer than the read chunk.
        rows.insert([.text(String(repeating: "long ", count: FileSource.chunkSize / 4)), .integer(1)], at: 700)
        let spool = try RowSpool(url: dir.appendingPathComponent("rows"))
        for row in rows { try spool.append(row) }
        #expect(spool.count == rows.count)
        var back: [[ReportCell]] = []
        try spool.forEachRow { back.append($0) }
        #expect(back == rows)
        var first: [[ReportCell]] = []
        try spool.forEachRow(limit: 3) { first.append($0) }
        #expect(first == Array(rows.prefix(3)))
    }

    @Test func emptySpoolHasNoRows() throws {
        let spool = try RowSpool(url: try TestSupport.temporaryDirectory().appendingPathComponent("rows"))
        var seen = 0
        try spool.forEachRow { _ in seen += 1 }
        #expect(seen == 0 && spool.count == 0)
    }

    @Test func aTruncatedSpoolFileIsAnError() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("rows")
        let spool = try RowSpool(url: url)
        try spool.append([.text("hello"), .integer(3)])
        try spool.finishWriting()
        let data = try Data(contentsOf: url)
        try data.prefix(data.count - 3).write(to: url)
        #expect(throws: ReportError.self) { try spool.forEachRow { _ in } }
    }

    /// The sample document with its record and mention rows moved into spools; the second record's empty last
    /// segment is left off its spooled row, as `mtm analyze` does for segment columns first seen later.
    static func spooled(in dir: URL) throws -> ReportDocument {
        var doc = SampleDocument.document
        let records = try RowSpool(url: dir.appendingPathComponent("records.rows"))
        for r in doc.records {
            let columns = r.segments.last == "" ? doc.segmentNames.count - 1 : doc.segmentNames.count
            try records.append(ReportDocument.recordCells(r, segmentColumns: columns))
        }
        let mentions = try RowSpool(url: dir.appendingPathComponent("mentions.rows"))
        for m in doc.mentions { try mentions.append(ReportDocument.mentionCells(m)) }
        doc.records = []
        doc.mentions = []
        doc.recordSpool = records
        doc.mentionSpool = mentions
        return doc
    }

    @Test func spooledRowsWriteTheSameFilesAsRowsInMemory() throws {
        let dir = try TestSupport.temporaryDirectory()
        let memory = dir.appendingPathComponent("memory"), spooled = dir.appendingPathComponent("spooled")
        try ReportWriter().write(SampleDocument.document, to: memory.path)
        let doc = try Self.spooled(in: dir)
        #expect(doc.recordsTable.rowCount == 2 && doc.mentionsTable.rowCount == 2)
        try ReportWriter().write(doc, to: spooled.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: memory.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: spooled.path).sorted() == names)
        for name in names {
            let a = try Data(contentsOf: memory.appendingPathComponent(name))
            let b = try Data(contentsOf: spooled.appendingPathComponent(name))
            #expect(a == b, "\(name) differs")
        }
    }

    static func parts(of url: URL) throws -> [String: String] {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    @Test func textsPastTheSharedStringBudgetAreWrittenInline() throws {
        let dir = try TestSupport.temporaryDirectory()
        let shared = dir.appendingPathComponent("shared.xlsx"), inline = dir.appendingPathComponent("inline.xlsx")
        let tables = SampleDocument.document.tables
        try XLSXWriter().write(tables, to: shared)
        try XLSXWriter().write(tables, to: inline, sharedStringBudget: 40)
        let a = try Self.parts(of: shared), b = try Self.parts(of: inline)
        #expect(!a.values.contains { $0.contains("t=\"inlineStr\"") })
        let sheets = b.filter { $0.key.hasPrefix("xl/worksheets/") }.values
        #expect(sheets.contains { $0.contains("t=\"inlineStr\"") })
        func held(_ parts: [String: String]) -> Int { (parts["xl/sharedStrings.xml"] ?? "").components(separatedBy: "<si>").count - 1 }
        #expect(held(b) > 0 && held(b) < held(a))
        guard let python = TestSupport.pythonWithOpenpyxl else { return }
        // Both workbooks hold the same cell values, shared or inline.
        let script = dir.appendingPathComponent("values.py")
        try Data("""
        import sys, openpyxl
        def values(path):
            wb = openpyxl.load_workbook(path)
            return [[[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets]
        a, b = values(sys.argv[1]), values(sys.argv[2])
        print("same" if a == b else "differ", sum(len(s) for s in a))
        """.utf8).write(to: script)
        let result = try TestSupport.run(python, [script.path, shared.path, inline.path])
        #expect(result.status == 0 && result.output.hasPrefix("same "), "\(result.output)")
    }

    @Test func stagingRefusesANonEmptyTargetBeforeAnyWork() throws {
        let out = try TestSupport.temporaryDirectory()
        try Data("keep".utf8).write(to: out.appendingPathComponent("notes.txt"))
        #expect(throws: ReportError.directoryNotEmpty(out.standardizedFileURL.path)) {
            _ = try ReportStaging(directory: out.path, force: false)
        }
        let file = out.appendingPathComponent("notes.txt")
        #expect(throws: ReportError.notADirectory(file.standardizedFileURL.path)) {
            _ = try ReportStaging(directory: file.path, force: true)
        }
    }

    @Test func anUncommittedStagingIsRemovedAndACommitLeavesNoScratch() throws {
        let parent = try TestSupport.temporaryDirectory()
        let out = parent.appendingPathComponent("report")
        do {
            let staging = try ReportStaging(directory: out.path, force: false)
            let spool = try RowSpool(url: staging.scratch.appendingPathComponent("records.rows"))
            try spool.append([.text("x")])
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).count == 1)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)

        let staging = try ReportStaging(directory: out.path, force: false)
        var doc = SampleDocument.document
        let spool = try RowSpool(url: staging.scratch.appendingPathComponent("records.rows"))
        for r in doc.records { try spool.append(ReportDocument.recordCells(r, segmentColumns: doc.segmentNames.count)) }
        doc.records = []
        doc.recordSpool = spool
        try ReportWriter(formats: [.csv]).write(doc, into: staging)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["report"])
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.contains("records.csv") && !files.contains { $0.hasPrefix(".") })
    }
}

import Foundation

/// Writes a document's files into a directory atomically: everything is written into a fresh directory beside the
/// target and moved into place only when every file is complete, so a failed run leaves no half-written file.
///
/// A missing or empty target is replaced by the new directory in one rename. A non-empty target needs `force`;
/// then each file is renamed over its old version (each replacement atomic) and other files are left alone.
public struct ReportWriter: Sendable {
    public var formats: Set<ReportFormat>
    public var force: Bool
    /// CSV files start with a byte-order mark for Excel.
    public var excelCSV: Bool

    public init(formats: Set<ReportFormat> = Set(ReportFormat.allCases), force: Bool = false, excelCSV: Bool = false) {
        self.formats = formats
        self.force = force
        self.excelCSV = excelCSV
    }

    /// The result: file names written, in order, and anything the XLSX writer had to shorten.
    public struct Result: Sendable, Hashable {
        public var files: [String] = []
        public var xlsxNotes = XLSXWriter.Notes()
    }

    public static let workbookName = "mtm.xlsx"
    public static let summaryName = "summary.json"
    public static let reportName = "report.html"

    /// Writes the document's files into a new directory beside `directory` and moves them into place.
    @discardableResult
    public func write(_ document: ReportDocument, to directory: String) throws -> Result {
        try write(document, into: ReportStaging(directory: directory, force: force))
    }

    /// Writes the document's files into `staging` (made at the start of a run, so spooled rows can live in its
    /// scratch folder) and moves them into place.
    @discardableResult
    public func write(_ document: ReportDocument, into staging: ReportStaging) throws -> Result {
        var result = Result()
        var files: [(String, (URL) throws -> Void)] = []
        if formats.contains(.csv) {
            let csv = CSVWriter(excel: excelCSV)
            for table in document.tables {
                files.append(("\(table.name).csv", { url in try Self.writeCSV(table, with: csv, to: url) }))
            }
        }
        if formats.contains(.json) {
            files.append((Self.summaryName, { url in try Self.writeText(document.summaryJSON, to: url) }))
        }
        if formats.contains(.xlsx) {
            let tables = document.tables
            files.append((Self.workbookName, { url in
                result.xlsxNotes = try XLSXWriter().write(tables, to: url, scratch: staging.scratch)
            }))
        }
        if formats.contains(.html) {
            files.append((Self.reportName, { url in try Self.writeText(HTMLReport(document).html, to: url) }))
        }
        for (name, produce) in files { try produce(staging.directory.appendingPathComponent(name)) }
        try staging.commit(files: files.map(\.0))
        result.files = files.map(\.0)
        return result
    }

    static func writeText(_ text: String, to url: URL) throws {
        do { try Data(text.utf8).write(to: url) } catch { throw ReportError.cannotWrite(url.path, "\(error)") }
    }

    /// CSV is streamed to the file row by row, so a large records table is never one string.
    static func writeCSV(_ table: ReportTable, with writer: CSVWriter, to url: URL) throws {
        let sink = try FileSink(url: url)
        try writer.write(table) { piece in try sink.write(piece) }
        try sink.close()
    }
}

/// The directory swap behind `ReportWriter`, separate so its failure paths can be tested with any file producer.
enum AtomicDirectory {
    static func write(to directory: String, force: Bool, files: [(String, (URL) throws -> Void)]) throws {
        let staging = try ReportStaging(directory: directory, force: force)
        for (name, produce) in files {
            try produce(staging.directory.appendingPathComponent(name))
        }
        try staging.commit(files: files.map(\.0))
    }
}

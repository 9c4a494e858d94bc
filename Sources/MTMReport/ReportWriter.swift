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

    @discardableResult
    public func write(_ document: ReportDocument, to directory: String) throws -> Result {
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
            files.append((Self.workbookName, { url in result.xlsxNotes = try XLSXWriter().write(tables, to: url) }))
        }
        if formats.contains(.html) {
            files.append((Self.reportName, { url in try Self.writeText(HTMLReport(document).html, to: url) }))
        }
        try AtomicDirectory.write(to: directory, force: force, files: files)
        result.files = files.map(\.0)
        return result
    }

    static func writeText(_ text: String, to url: URL) throws {
        do { try Data(text.utf8).write(to: url) } catch { throw ReportError.cannotWrite(url.path, "\(error)") }
    }

    /// CSV is streamed to the file in chunks, so a large records table is never one string.
    static func writeCSV(_ table: ReportTable, with writer: CSVWriter, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw ReportError.cannotWrite(url.path, "cannot create the file")
        }
        defer { try? handle.close() }
        var buffer = ""
        let chunk = 1 << 16
        do {
            try writer.write(table) { piece in
                buffer += piece
                if buffer.utf8.count >= chunk { try handle.write(contentsOf: Data(buffer.utf8)); buffer = "" }
            }
            try handle.write(contentsOf: Data(buffer.utf8))
        } catch {
            throw ReportError.cannotWrite(url.path, "\(error)")
        }
    }
}

/// The directory swap behind `ReportWriter`, separate so its failure paths can be tested with any file producer.
enum AtomicDirectory {
    static func write(to directory: String, force: Bool, files: [(String, (URL) throws -> Void)]) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw ReportError.notADirectory(target.path) }
        let isEmpty = !exists || ((try? fm.contentsOfDirectory(atPath: target.path))?.isEmpty ?? false)
        if !isEmpty && !force { throw ReportError.directoryNotEmpty(target.path) }

        let parent = target.deletingLastPathComponent()
        do { try fm.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw ReportError.cannotWrite(parent.path, "\(error)")
        }
        let staging = parent.appendingPathComponent(
            ".\(target.lastPathComponent).mtm-tmp-\(getpid())-\(UUID().uuidString.prefix(8))")
        do { try fm.createDirectory(at: staging, withIntermediateDirectories: false) } catch {
            throw ReportError.cannotWrite(staging.path, "\(error)")
        }
        defer { if fm.fileExists(atPath: staging.path) { try? fm.removeItem(at: staging) } }

        for (name, produce) in files {
            try produce(staging.appendingPathComponent(name))
        }
        if isEmpty {
            // rename(2) replaces an empty directory in one step.
            guard rename(staging.path, target.path) == 0 else {
                throw ReportError.cannotWrite(target.path, String(cString: strerror(errno)))
            }
        } else {
            for (name, _) in files {
                let to = target.appendingPathComponent(name)
                guard rename(staging.appendingPathComponent(name).path, to.path) == 0 else {
                    throw ReportError.cannotWrite(to.path, String(cString: strerror(errno)))
                }
            }
        }
    }
}

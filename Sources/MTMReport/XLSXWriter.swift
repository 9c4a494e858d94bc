import Foundation
import ZIPFoundation

/// Writes tables as an Office Open XML workbook (`.xlsx`) generated here and zipped with ZIPFoundation: every
/// table its own sheet; numbers as numeric cells with number formats (percent columns as percentages, dates as
/// dates); the header row bold and frozen, with an autofilter; column widths from the content; sheet names valid
/// for Excel and unique; hostile text escaped and stripped of characters XML cannot hold.
public struct XLSXWriter: Sendable {
    /// Excel's sheet size: 1,048,576 rows, one of them the header.
    public static let maxDataRows = 1_048_575
    /// Excel's limit on the characters in one cell.
    public static let maxCellCharacters = 32_767
    /// Column widths (in characters of the default font): bounds, and how many rows are sampled to size them.
    static let minColumnWidth = 8.0
    static let maxColumnWidth = 60.0
    static let widthSampleRows = 2_000
    /// UTF-8 bytes of distinct texts kept in the shared-string table (which must be held in memory while the
    /// sheets are written); texts first seen after it is full are written as inline strings, which Excel,
    /// LibreOffice and openpyxl read alike. 16 MiB keeps a run's memory flat (about 40 MB at most for the table)
    /// while any ordinary workbook — tens of thousands of reviews — still shares every string.
    public static let sharedStringBudget = 16 << 20
    /// A fixed entry date keeps the archive's bytes the same for the same tables (ZIP's epoch is 1980).
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public init() {}

    /// What the writer had to shorten: tables cut at Excel's row limit, cells cut at its character limit.
    public struct Notes: Sendable, Hashable {
        public var truncatedTables: [String] = []
        public var truncatedCells = 0
    }

    /// Writes the workbook to `url`, replacing nothing: the file must not exist yet. The parts are written to
    /// files in `scratch` first (a fresh directory beside `url` when nil, removed afterwards) and zipped from there,
    /// so a workbook of a million rows is never held in memory.
    @discardableResult
    public func write(_ tables: [ReportTable], to url: URL, scratch: URL? = nil,
                      sharedStringBudget: Int = XLSXWriter.sharedStringBudget) throws -> Notes {
        guard !tables.isEmpty else {
            throw ReportError.emptyWorkbook(url.path)
        }
        let fm = FileManager.default
        let directory = (scratch ?? url.deletingLastPathComponent())
            .appendingPathComponent(".\(url.lastPathComponent).parts-\(UUID().uuidString.prefix(8))")
        do { try fm.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw ReportError.cannotWrite(directory.path, "\(error)")
        }
        defer { try? fm.removeItem(at: directory) }

        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .create) } catch {
            throw ReportError.cannotWrite(url.path, "\(error)")
        }
        var notes = Notes()
        let parts = XLSXParts(tables: tables, sharedStringBudget: sharedStringBudget)
        for (path, file) in try parts.write(into: directory, notes: &notes) {
            do {
                let size = (try fm.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? 0
                let handle = try FileHandle(forReadingFrom: file)
                defer { try? handle.close() }
                try archive.addEntry(with: path, type: .file, uncompressedSize: size,
                                     modificationDate: Self.entryDate, compressionMethod: .deflate) { position, chunk in
                    try handle.seek(toOffset: UInt64(position))
                    return try handle.read(upToCount: chunk) ?? Data()
                }
            } catch {
                throw ReportError.cannotWrite(url.path, "adding \(path): \(error)")
            }
        }
        return notes
    }
}

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
    /// A fixed entry date keeps the archive's bytes the same for the same tables (ZIP's epoch is 1980).
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public init() {}

    /// What the writer had to shorten: tables cut at Excel's row limit, cells cut at its character limit.
    public struct Notes: Sendable, Hashable {
        public var truncatedTables: [String] = []
        public var truncatedCells = 0
    }

    /// Writes the workbook to `url`, replacing nothing: the file must not exist yet.
    @discardableResult
    public func write(_ tables: [ReportTable], to url: URL) throws -> Notes {
        guard !tables.isEmpty else {
            throw ReportError.emptyWorkbook(url.path)
        }
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .create) } catch {
            throw ReportError.cannotWrite(url.path, "\(error)")
        }
        var notes = Notes()
        let parts = XLSXParts(tables: tables)
        for (path, data) in parts.build(notes: &notes) {
            do {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Self.entryDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw ReportError.cannotWrite(url.path, "adding \(path): \(error)")
            }
        }
        return notes
    }
}

// MTMReport — Stage 6, report: CSV, XLSX, JSON and a self-contained HTML report.

/// A table as every output format sees it: a name (file and sheet name), typed columns and rows of typed cells.
/// Each writer renders the same table: CSV as text, XLSX with numeric cells and number formats, HTML as markup.
public struct ReportTable: Sendable, Hashable {
    /// Short machine name, e.g. `moments`: the CSV file is `moments.csv`, the sheet is titled from `title`.
    public var name: String
    /// Human title used for the sheet name and headings, e.g. `Moments`.
    public var title: String
    public var columns: [ReportColumn]
    /// Rows held in memory; rows of `spool` follow them.
    public var rows: [[ReportCell]]
    /// More rows, kept in a file (the per-record and per-mention tables of a large run).
    public var spool: RowSpool?

    public init(name: String, title: String? = nil, columns: [ReportColumn], rows: [[ReportCell]] = [],
                spool: RowSpool? = nil) {
        self.name = name
        self.title = title ?? name
        self.columns = columns
        self.rows = rows
        self.spool = spool
    }

    /// Rows in memory and in the spool.
    public var rowCount: Int { rows.count + (spool?.count ?? 0) }

    /// Calls `body` with each row in order — the rows in memory, then the spooled ones — up to `limit` rows.
    /// Rows may be shorter than `columns` (missing cells are empty).
    public func forEachRow(limit: Int = .max, _ body: ([ReportCell]) throws -> Void) throws {
        for row in rows.prefix(limit) { try body(row) }
        if let spool, limit > rows.count { try spool.forEachRow(limit: limit - rows.count, body) }
    }

    /// Appends a row; a short row is padded with empty cells, a long one is an error of the caller.
    public mutating func append(_ row: [ReportCell]) {
        precondition(row.count <= columns.count, "row has \(row.count) cells for \(columns.count) columns in \(name)")
        rows.append(row.count == columns.count ? row : row + Array(repeating: .empty, count: columns.count - row.count))
    }
}

/// One column: its header and how its cells are typed and formatted.
public struct ReportColumn: Sendable, Hashable {
    public var header: String
    public var type: ColumnType

    public init(_ header: String, _ type: ColumnType = .text) {
        self.header = header
        self.type = type
    }
}

/// How a column's values are written. Percentages are fractions (0.25 is 25 %) in every format; XLSX shows them
/// with a percent number format, CSV writes the fraction so that it stays a number.
public enum ColumnType: Sendable, Hashable {
    case text
    case integer
    case number(decimals: Int)
    case percent(decimals: Int)
    /// ISO 8601 date text (`YYYY-MM-DD`); XLSX writes a real date when the text parses.
    case date
}

/// One cell. A column's type decides the format; the cell decides whether it is a number at all, so a text cell in
/// a number column (e.g. `n/a`) stays text and is neutralised like any text.
public enum ReportCell: Sendable, Hashable {
    case empty
    case text(String)
    case integer(Int)
    case number(Double)

    /// Builds a cell from an optional number; nil and non-finite values become empty cells.
    public static func number(_ value: Double?) -> ReportCell {
        guard let value, value.isFinite else { return .empty }
        return .number(value)
    }

    public static func text(_ value: String?) -> ReportCell {
        guard let value else { return .empty }
        return .text(value)
    }

    public static func integer(_ value: Int?) -> ReportCell {
        guard let value else { return .empty }
        return .integer(value)
    }

    /// The numeric value, if the cell is a number.
    public var numericValue: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .number(let v): return v.isFinite ? v : nil
        case .empty, .text: return nil
        }
    }
}

import Foundation
import MTMRecord

/// A rectangular table with typed cells: what `mtm merge`/`mtm rank` write as CSV and JSON, and what the report
/// stage can write as XLSX sheets. Numbers are rounded to `NamedTable.decimals` places so output is stable and
/// readable.
public struct NamedTable: Sendable, Hashable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case integer(Int)
        case empty

        /// Text or empty for nil.
        public static func of(_ s: String?) -> Cell { s.map { .text($0) } ?? .empty }
        /// A rounded number, or empty for nil/non-finite.
        public static func of(_ v: Double?) -> Cell {
            guard let v, v.isFinite else { return .empty }
            let f = 1e6
            return .number((v * f).rounded() / f)
        }
        public static func of(_ v: Int?) -> Cell { v.map { .integer($0) } ?? .empty }
        public static func of(_ b: Bool) -> Cell { .text(b ? "true" : "false") }

        public var text: String {
            switch self {
            case let .text(s): return s
            case let .number(v): return JSONWriter.format(v)
            case let .integer(i): return String(i)
            case .empty: return ""
            }
        }
    }

    /// Decimal places kept in numbers.
    public static let decimals = 6

    /// File stem: `touchpoints`, `moments`, ...
    public var name: String
    public var columns: [String]
    public var rows: [[Cell]]

    public init(name: String, columns: [String], rows: [[Cell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// RFC 4180 CSV with a header row; fields with a comma, quote or line break are quoted.
    public var csv: String {
        var out = columns.map(Self.csvField).joined(separator: ",") + "\n"
        for row in rows { out += row.map { Self.csvField($0.text) }.joined(separator: ",") + "\n" }
        return out
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rows as a JSON array of objects (keys in column order; empty cells as null).
    public func write(to w: inout JSONWriter) {
        w.beginArray()
        for row in rows {
            w.beginObject()
            for (column, cell) in zip(columns, row) {
                w.key(column)
                switch cell {
                case let .text(s): w.string(s)
                case let .number(v): w.number(v)
                case let .integer(i): w.number(i)
                case .empty: w.null()
                }
            }
            w.endObject()
        }
        w.endArray()
    }

    public var json: String {
        var w = JSONWriter()
        write(to: &w)
        return w.output
    }
}

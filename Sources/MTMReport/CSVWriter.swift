/// Writes a `ReportTable` as RFC 4180 CSV: UTF-8, CRLF line ends, fields quoted when they hold a comma, quote or
/// line break. Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, TAB or CR)
/// are prefixed with `'` (OWASP's CSV-injection advice); number cells are written as plain numbers, negative ones
/// included, so they stay numbers.
public struct CSVWriter: Sendable {
    /// Prefix a UTF-8 byte-order mark so that Excel reads the file as UTF-8.
    public var excel: Bool

    public init(excel: Bool = false) {
        self.excel = excel
    }

    /// Characters that make a spreadsheet treat a text cell as a formula.
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
    static let byteOrderMark = "\u{FEFF}"

    /// The whole table as CSV text.
    public func csv(_ table: ReportTable) throws -> String {
        var out = ""
        try write(table) { out += $0 }
        return out
    }

    /// Streams the table's CSV text in pieces (header, then one row at a time) to `sink`.
    public func write(_ table: ReportTable, to sink: (String) throws -> Void) throws {
        var header = excel ? Self.byteOrderMark : ""
        header += table.columns.map { Self.field(Self.neutralised($0.header)) }.joined(separator: ",")
        try sink(header + "\r\n")
        try table.forEachRow { row in
            var line = ""
            for (index, column) in table.columns.enumerated() {
                if index > 0 { line += "," }
                let cell = index < row.count ? row[index] : .empty
                line += Self.field(Self.text(of: cell, type: column.type))
            }
            try sink(line + "\r\n")
        }
    }

    /// A cell's CSV text before quoting: numbers formatted by the column type, text neutralised.
    static func text(of cell: ReportCell, type: ColumnType) -> String {
        if case .text(let s) = cell { return neutralised(s) }
        return NumberFormatting.text(of: cell, type: type, asPercent: false)
    }

    /// `'=SUM(A1)` for `=SUM(A1)`; other text unchanged.
    static func neutralised(_ text: String) -> String {
        guard let first = text.first, formulaTriggers.contains(first) || text.unicodeScalars.first == "\r" else {
            return text
        }
        return "'" + text
    }

    /// RFC 4180 quoting: quote when the field holds `"`, `,`, CR or LF (or edge spaces), doubling inner quotes.
    static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",")
            || $0 == 0x0A || $0 == 0x0D } || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Replaces every occurrence of a character; Foundation-free.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

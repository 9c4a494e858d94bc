import Foundation

/// The XML parts of a workbook: content types, relationships, workbook, styles, shared strings and one worksheet
/// per table. Kept apart from the zipping so the XML can be read in tests.
struct XLSXParts {
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    let tables: [ReportTable]
    let sheetNames: [String]
    let styles: XLSXStyles
    /// UTF-8 bytes of distinct texts the shared-string table may hold (see `XLSXWriter.sharedStringBudget`).
    let sharedStringBudget: Int

    init(tables: [ReportTable], sharedStringBudget: Int = XLSXWriter.sharedStringBudget) {
        self.tables = tables
        self.sheetNames = SheetName.unique(tables.map(\.title))
        self.styles = XLSXStyles(types: tables.flatMap { $0.columns.map(\.type) })
        self.sharedStringBudget = sharedStringBudget
    }

    /// Writes every part as a file in `directory` (worksheets streamed row by row, so a large table is never one
    /// string) and returns them as (path in the archive, file), in archive order.
    func write(into directory: URL, notes: inout XLSXWriter.Notes) throws -> [(String, URL)] {
        var strings = SharedStrings(budget: sharedStringBudget)
        var sheets: [(String, URL)] = []
        for (index, table) in tables.enumerated() {
            let url = directory.appendingPathComponent("sheet\(index + 1).xml")
            let sink = try FileSink(url: url)
            try writeWorksheet(table, to: sink, strings: &strings, notes: &notes)
            try sink.close()
            sheets.append(("xl/worksheets/sheet\(index + 1).xml", url))
        }
        func small(_ name: String, _ text: String) throws -> URL {
            let url = directory.appendingPathComponent(name)
            let sink = try FileSink(url: url)
            try sink.write(text)
            try sink.close()
            return url
        }
        let stringsURL = directory.appendingPathComponent("sharedStrings.xml")
        let stringsSink = try FileSink(url: stringsURL)
        try strings.write(to: stringsSink)
        try stringsSink.close()
        var parts: [(String, URL)] = [
            ("[Content_Types].xml", try small("content-types.xml", contentTypes())),
            ("_rels/.rels", try small("root.rels", rootRelationships())),
            ("xl/workbook.xml", try small("workbook.xml", workbook())),
            ("xl/_rels/workbook.xml.rels", try small("workbook.xml.rels", workbookRelationships())),
            ("xl/styles.xml", try small("styles.xml", styles.xml)),
            ("xl/sharedStrings.xml", stringsURL),
        ]
        parts += sheets
        return parts
    }

    func contentTypes() -> String {
        var x = Self.declaration
        x += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        x += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        x += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        x += "<Override PartName=\"/xl/workbook.xml\" "
        x += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in tables.indices {
            x += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
            x += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        x += "<Override PartName=\"/xl/styles.xml\" "
        x += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        x += "<Override PartName=\"/xl/sharedStrings.xml\" "
        x += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        x += "</Types>"
        return x
    }

    func rootRelationships() -> String {
        Self.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relNS)/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>"
    }

    func workbookRelationships() -> String {
        var x = Self.declaration
        x += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in tables.indices {
            x += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relNS)/worksheet\" "
            x += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let n = tables.count
        x += "<Relationship Id=\"rId\(n + 1)\" Type=\"\(Self.relNS)/styles\" Target=\"styles.xml\"/>"
        x += "<Relationship Id=\"rId\(n + 2)\" Type=\"\(Self.relNS)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        x += "</Relationships>"
        return x
    }

    func workbook() -> String {
        var x = Self.declaration
        x += "<workbook xmlns=\"\(Self.mainNS)\" xmlns:r=\"\(Self.relNS)\">"
        x += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in sheetNames.enumerated() {
            x += "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        x += "</sheets><definedNames>"
        for (index, table) in tables.enumerated() {
            let quoted = "'" + sheetNames[index].replacingAll("'", with: "''") + "'"
            let last = Self.columnName(table.columns.count - 1)
            let rows = min(table.rowCount, XLSXWriter.maxDataRows) + 1
            x += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
            x += XMLText.escaped("\(quoted)!$A$1:$\(last)$\(rows)") + "</definedName>"
        }
        x += "</definedNames></workbook>"
        return x
    }

    func writeWorksheet(_ table: ReportTable, to sink: FileSink, strings: inout SharedStrings,
                        notes: inout XLSXWriter.Notes) throws {
        let rowCount = min(table.rowCount, XLSXWriter.maxDataRows)
        if rowCount < table.rowCount { notes.truncatedTables.append(table.name) }
        let lastColumn = Self.columnName(max(table.columns.count, 1) - 1)
        let ref = "A1:\(lastColumn)\(rowCount + 1)"
        var x = Self.declaration
        x += "<worksheet xmlns=\"\(Self.mainNS)\" xmlns:r=\"\(Self.relNS)\">"
        x += "<dimension ref=\"\(ref)\"/>"
        x += "<sheetViews><sheetView workbookViewId=\"0\">"
        x += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        x += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in try columnWidths(table).enumerated() {
            x += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(NumberFormatting.fixed(width, decimals: 1))\" customWidth=\"1\"/>"
        }
        x += "</cols><sheetData><row r=\"1\">"
        for (index, column) in table.columns.enumerated() {
            x += textCell(cellText(column.header, notes: &notes), ref: "\(Self.columnName(index))1",
                          style: " s=\"\(XLSXStyles.headerStyle)\"", strings: &strings)
        }
        x += "</row>"
        try sink.write(x)
        let columnNames = table.columns.indices.map(Self.columnName)
        var r = 1
        try table.forEachRow(limit: XLSXWriter.maxDataRows) { row in
            r += 1
            var line = "<row r=\"\(r)\">"
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.count ? row[index] : .empty
                line += self.cell(cell, type: column.type, ref: "\(columnNames[index])\(r)", strings: &strings,
                                  notes: &notes)
            }
            line += "</row>"
            try sink.write(line)
        }
        var end = "</sheetData><autoFilter ref=\"\(ref)\"/>"
        end += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        end += "</worksheet>"
        try sink.write(end)
    }

    /// A text cell: an index into the shared strings, or the text inline once the table's budget is spent.
    private func textCell(_ text: String, ref: String, style: String = "", strings: inout SharedStrings) -> String {
        if let id = strings.index(of: text) { return "<c r=\"\(ref)\" t=\"s\"\(style)><v>\(id)</v></c>" }
        return "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
    }

    private func cell(_ cell: ReportCell, type: ColumnType, ref: String, strings: inout SharedStrings,
                      notes: inout XLSXWriter.Notes) -> String {
        let style = styles.index(for: type)
        switch cell {
        case .empty:
            return ""
        case .integer(let v):
            return "<c r=\"\(ref)\" s=\"\(style)\"><v>\(v)</v></c>"
        case .number(let v):
            guard v.isFinite else { return "" }
            return "<c r=\"\(ref)\" s=\"\(style)\"><v>\(String(v))</v></c>"
        case .text(let s):
            if type == .date, let serial = ExcelDate.serial(s) {
                return "<c r=\"\(ref)\" s=\"\(style)\"><v>\(serial)</v></c>"
            }
            if s.isEmpty { return "" }
            return textCell(cellText(s, notes: &notes), ref: ref, strings: &strings)
        }
    }

    private func cellText(_ text: String, notes: inout XLSXWriter.Notes) -> String {
        guard text.utf16.count > XLSXWriter.maxCellCharacters else { return text }
        notes.truncatedCells += 1
        return SheetName.truncated(text, to: XLSXWriter.maxCellCharacters - 1) + "…"
    }

    /// Widths from the longest header or sampled cell text, within bounds.
    func columnWidths(_ table: ReportTable) throws -> [Double] {
        var longest = table.columns.map { $0.header.count + 3 } // room for the bold face and the filter button
        try table.forEachRow(limit: XLSXWriter.widthSampleRows) { row in
            for (index, column) in table.columns.enumerated() where index < row.count {
                let text = NumberFormatting.text(of: row[index], type: column.type, asPercent: true)
                longest[index] = max(longest[index], text.count)
            }
        }
        return longest.map { min(max(Double($0) + 1.5, XLSXWriter.minColumnWidth), XLSXWriter.maxColumnWidth) }
    }

    /// `A`, `B`, …, `Z`, `AA`, … for a 0-based column index.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let rem = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + rem))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

/// The shared-string table: each distinct text once, indexed in order of first use, up to a budget of UTF-8
/// bytes; texts first seen after the budget is spent get no index (the caller writes them inline).
struct SharedStrings {
    let budget: Int
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var bytes = 0
    private var uses = 0

    init(budget: Int = XLSXWriter.sharedStringBudget) {
        self.budget = budget
    }

    mutating func index(of text: String) -> Int? {
        if let i = indices[text] { uses += 1; return i }
        guard bytes + text.utf8.count <= budget else { return nil }
        uses += 1
        bytes += text.utf8.count
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    func write(to sink: FileSink) throws {
        try sink.write(XLSXParts.declaration)
        try sink.write("<sst xmlns=\"\(XLSXParts.mainNS)\" count=\"\(uses)\" uniqueCount=\"\(ordered.count)\">")
        for text in ordered {
            try sink.write("<si><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></si>")
        }
        try sink.write("</sst>")
    }
}

/// Excel date serials: days since 1899-12-30 (which absorbs Excel's fictitious 1900-02-29 for dates after it).
enum ExcelDate {
    /// The serial of an ISO date's `YYYY-MM-DD` prefix, for years 1901–9999; nil when it does not parse.
    static func serial(_ text: String) -> Int? {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var v = 0
            for b in bytes[range] {
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1901...9999).contains(y), (1...12).contains(m), d >= 1, d <= daysInMonth(y, m) else { return nil }
        if text.utf8.count > 10, text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)] != UInt8(ascii: "T"),
           text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)] != UInt8(ascii: " ") { return nil }
        return daysFromCivil(y, m, d) - daysFromCivil(1899, 12, 30)
    }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

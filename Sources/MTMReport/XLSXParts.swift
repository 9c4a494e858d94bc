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

    init(tables: [ReportTable]) {
        self.tables = tables
        self.sheetNames = SheetName.unique(tables.map(\.title))
        self.styles = XLSXStyles(types: tables.flatMap { $0.columns.map(\.type) })
    }

    /// Every part as (path in the archive, bytes), in archive order.
    func build(notes: inout XLSXWriter.Notes) -> [(String, Data)] {
        var strings = SharedStrings()
        var sheets: [(String, Data)] = []
        for (index, table) in tables.enumerated() {
            let xml = worksheet(table, strings: &strings, notes: &notes)
            sheets.append(("xl/worksheets/sheet\(index + 1).xml", Data(xml.utf8)))
        }
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes().utf8)),
            ("_rels/.rels", Data(rootRelationships().utf8)),
            ("xl/workbook.xml", Data(workbook().utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRelationships().utf8)),
            ("xl/styles.xml", Data(styles.xml.utf8)),
            ("xl/sharedStrings.xml", Data(strings.xml.utf8)),
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
            let rows = min(table.rows.count, XLSXWriter.maxDataRows) + 1
            x += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
            x += XMLText.escaped("\(quoted)!$A$1:$\(last)$\(rows)") + "</definedName>"
        }
        x += "</definedNames></workbook>"
        return x
    }

    func worksheet(_ table: ReportTable, strings: inout SharedStrings, notes: inout XLSXWriter.Notes) -> String {
        let rows = table.rows.prefix(XLSXWriter.maxDataRows)
        if rows.count < table.rows.count { notes.truncatedTables.append(table.name) }
        let lastColumn = Self.columnName(max(table.columns.count, 1) - 1)
        let ref = "A1:\(lastColumn)\(rows.count + 1)"
        var x = Self.declaration
        x.reserveCapacity(64 * (rows.count + 1) * max(table.columns.count, 1))
        x += "<worksheet xmlns=\"\(Self.mainNS)\" xmlns:r=\"\(Self.relNS)\">"
        x += "<dimension ref=\"\(ref)\"/>"
        x += "<sheetViews><sheetView workbookViewId=\"0\">"
        x += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        x += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in columnWidths(table).enumerated() {
            x += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(NumberFormatting.fixed(width, decimals: 1))\" customWidth=\"1\"/>"
        }
        x += "</cols><sheetData><row r=\"1\">"
        for (index, column) in table.columns.enumerated() {
            let id = strings.index(of: cellText(column.header, notes: &notes))
            x += "<c r=\"\(Self.columnName(index))1\" t=\"s\" s=\"\(XLSXStyles.headerStyle)\"><v>\(id)</v></c>"
        }
        x += "</row>"
        for (rowIndex, row) in rows.enumerated() {
            let r = rowIndex + 2
            x += "<row r=\"\(r)\">"
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.count ? row[index] : .empty
                x += self.cell(cell, type: column.type, ref: "\(Self.columnName(index))\(r)", strings: &strings,
                               notes: &notes)
            }
            x += "</row>"
        }
        x += "</sheetData><autoFilter ref=\"\(ref)\"/>"
        x += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        x += "</worksheet>"
        return x
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
            let id = strings.index(of: cellText(s, notes: &notes))
            return "<c r=\"\(ref)\" t=\"s\"><v>\(id)</v></c>"
        }
    }

    private func cellText(_ text: String, notes: inout XLSXWriter.Notes) -> String {
        guard text.utf16.count > XLSXWriter.maxCellCharacters else { return text }
        notes.truncatedCells += 1
        return SheetName.truncated(text, to: XLSXWriter.maxCellCharacters - 1) + "…"
    }

    /// Widths from the longest header or sampled cell text, within bounds.
    func columnWidths(_ table: ReportTable) -> [Double] {
        table.columns.enumerated().map { index, column in
            var longest = column.header.count + 3 // room for the bold face and the filter button
            for row in table.rows.prefix(XLSXWriter.widthSampleRows) where index < row.count {
                let text = NumberFormatting.text(of: row[index], type: column.type, asPercent: true)
                longest = max(longest, text.count)
            }
            return min(max(Double(longest) + 1.5, XLSXWriter.minColumnWidth), XLSXWriter.maxColumnWidth)
        }
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

/// The shared-string table: each distinct text once, indexed in order of first use.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let i = indices[text] { return i }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var x = XLSXParts.declaration
        x += "<sst xmlns=\"\(XLSXParts.mainNS)\" count=\"\(uses)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered {
            x += "<si><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></si>"
        }
        x += "</sst>"
        return x
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

/// The workbook's cell formats: index 0 is the default, 1 the bold header, then one per distinct column type in
/// order of first appearance. Number formats use Excel's built-in ids where one exists and custom ids from 164.
struct XLSXStyles {
    static let headerStyle = 1
    /// Excel's first id for custom number formats.
    static let firstCustomFormat = 164

    /// Column type → cellXfs index.
    private var styleIndex: [ColumnType: Int] = [:]
    /// cellXfs after the header: the number format id of each.
    private var formatIDs: [Int] = []
    /// Custom number formats: (id, format code).
    private var customFormats: [(Int, String)] = []

    init(types: [ColumnType]) {
        for type in types where styleIndex[type] == nil && type != .text {
            let id = formatID(for: type)
            styleIndex[type] = 2 + formatIDs.count
            formatIDs.append(id)
        }
    }

    func index(for type: ColumnType) -> Int {
        styleIndex[type] ?? 0
    }

    private mutating func formatID(for type: ColumnType) -> Int {
        switch type {
        case .text: return 0
        case .integer, .number(decimals: 0): return 1          // "0"
        case .number(decimals: 2): return 2                     // "0.00"
        case .percent(decimals: 0): return 9                    // "0%"
        case .percent(decimals: 2): return 10                   // "0.00%"
        case .number(let d): return custom("0." + String(repeating: "0", count: max(1, min(d, 12))))
        case .percent(let d): return custom("0." + String(repeating: "0", count: max(1, min(d, 12))) + "%")
        case .date: return custom("yyyy-mm-dd")
        }
    }

    private mutating func custom(_ code: String) -> Int {
        if let existing = customFormats.first(where: { $0.1 == code }) { return existing.0 }
        let id = Self.firstCustomFormat + customFormats.count
        customFormats.append((id, code))
        return id
    }

    var xml: String {
        var x = XLSXParts.declaration
        x += "<styleSheet xmlns=\"\(XLSXParts.mainNS)\">"
        if !customFormats.isEmpty {
            x += "<numFmts count=\"\(customFormats.count)\">"
            for (id, code) in customFormats {
                x += "<numFmt numFmtId=\"\(id)\" formatCode=\"\(XMLText.escaped(code))\"/>"
            }
            x += "</numFmts>"
        }
        x += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        x += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        x += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
        x += "<fill><patternFill patternType=\"gray125\"/></fill>"
        x += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8EEF4\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        x += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        x += "<border><left/><right/><top/><bottom style=\"thin\"><color rgb=\"FF8A99A8\"/></bottom><diagonal/></border></borders>"
        x += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        x += "<cellXfs count=\"\(2 + formatIDs.count)\">"
        x += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        x += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
        for id in formatIDs {
            x += "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        x += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        x += "</styleSheet>"
        return x
    }
}

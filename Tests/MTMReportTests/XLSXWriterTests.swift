import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import MTMReport

@Suite struct XLSXWriterTests {
    static let tables = SampleDocument.document.tables

    /// Writes the sample tables and returns the workbook's parts by path.
    static func parts() throws -> (URL, [String: Data]) {
        let dir = try TestSupport.temporaryDirectory()
        let url = dir.appendingPathComponent("mtm.xlsx")
        try XLSXWriter().write(tables, to: url)
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return (url, parts)
    }

    /// An attribute's value by name (FoundationXML's `attribute(forName:)` misses attributes under a default
    /// namespace).
    static func attribute(_ name: String, of element: XMLElement?) -> String? {
        element?.attributes?.first { $0.name == name }?.stringValue
    }

    /// Every element with this local name, in document order.
    static func elements(_ name: String, in node: XMLNode) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in node.children ?? [] {
            if let e = child as? XMLElement, e.localName == name { found.append(e) }
            found += elements(name, in: child)
        }
        return found
    }

    @Test func everyPartIsPresentAndWellFormed() throws {
        let (_, parts) = try Self.parts()
        let expected = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                        "xl/styles.xml", "xl/sharedStrings.xml"]
            + Self.tables.indices.map { "xl/worksheets/sheet\($0 + 1).xml" }
        #expect(Set(parts.keys) == Set(expected))
        for (path, data) in parts {
            #expect(throws: Never.self, "\(path) is not well-formed XML") { _ = try XMLDocument(data: data) }
        }
    }

    @Test func numbersAreNumericCellsWithFormats() throws {
        let (_, parts) = try Self.parts()
        let sheet = try XMLDocument(data: parts["xl/worksheets/sheet1.xml"]!)
        // Row 2 of the moments sheet: A rank (integer), F score (number), share column is a percent.
        let rank = Self.elements("c", in: sheet).first { Self.attribute("r", of: $0) == "A2" }
        #expect(Self.attribute("t", of: rank) == nil)
        #expect(rank?.stringValue == "1")
        let moments = Self.tables[0]
        let shareIndex = moments.columns.firstIndex { $0.header == "share" }!
        let shareRef = XLSXParts.columnName(shareIndex) + "2"
        let share = Self.elements("c", in: sheet).first { Self.attribute("r", of: $0) == shareRef }
        #expect(Self.attribute("t", of: share) == nil)
        #expect(Double(share?.stringValue ?? "") == SampleDocument.document.moments[0].share)
        let styleIndex = try #require(Int(Self.attribute("s", of: share) ?? ""))
        let styles = try XMLDocument(data: parts["xl/styles.xml"]!)
        let xfs = Self.elements("xf", in: Self.elements("cellXfs", in: styles)[0])
        let formatID = Self.attribute("numFmtId", of: xfs[styleIndex])
        let customCodes = Self.elements("numFmt", in: styles).compactMap { e -> (String, String)? in
            guard let id = Self.attribute("numFmtId", of: e),
                  let code = Self.attribute("formatCode", of: e) else { return nil }
            return (id, code)
        }
        #expect(customCodes.contains { $0.0 == formatID && $0.1 == "0.0%" })
    }

    @Test func headerIsBoldFrozenAndFiltered() throws {
        let (_, parts) = try Self.parts()
        let text = String(decoding: parts["xl/worksheets/sheet2.xml"]!, as: UTF8.self)
        #expect(text.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(text.contains("<autoFilter ref=\"A1:"))
        #expect(text.contains("<c r=\"A1\" t=\"s\" s=\"\(XLSXStyles.headerStyle)\">"))
        let styles = String(decoding: parts["xl/styles.xml"]!, as: UTF8.self)
        #expect(styles.contains("<font><b/>"))
    }

    @Test func hostileTextIsEscapedAndControlCharactersStripped() throws {
        let (_, parts) = try Self.parts()
        let strings = try XMLDocument(data: parts["xl/sharedStrings.xml"]!)
        let values = Self.elements("t", in: strings).compactMap(\.stringValue)
        #expect(values.contains(SampleDocument.hostileQuote))
        #expect(values.contains("+1 great price"))
        #expect(values.contains("badbytes @SUM(1)"))
        #expect(!values.contains { $0.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" } })
    }

    @Test func sheetNamesAreValid() throws {
        let (_, parts) = try Self.parts()
        let workbook = try XMLDocument(data: parts["xl/workbook.xml"]!)
        let names = Self.elements("sheet", in: workbook).compactMap { Self.attribute("name", of: $0) }
        #expect(names == ["Moments", "Touchpoints", "Touchpoint emotions", "Journey stages", "Drivers", "Segments",
                          "Trends", "Mentions", "Records", "Rejects"])
    }

    @Test func sameTablesGiveSameBytes() throws {
        let dir = try TestSupport.temporaryDirectory()
        let a = dir.appendingPathComponent("a.xlsx"), b = dir.appendingPathComponent("b.xlsx")
        try XLSXWriter().write(Self.tables, to: a)
        try XLSXWriter().write(Self.tables, to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func datesBecomeSerialsAndBadDatesStayText() {
        #expect(ExcelDate.serial("1901-01-01") == 367)
        #expect(ExcelDate.serial("2026-01-31") == 46053)
        #expect(ExcelDate.serial("2026-01-31T10:00:00Z") == 46053)
        #expect(ExcelDate.serial("2026-02-30") == nil)
        #expect(ExcelDate.serial("31/01/2026") == nil)
        #expect(ExcelDate.serial("2026-01-3x") == nil)
    }

    @Test func emptyWorkbookIsAnError() throws {
        let dir = try TestSupport.temporaryDirectory()
        #expect(throws: ReportError.self) { try XLSXWriter().write([], to: dir.appendingPathComponent("x.xlsx")) }
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(_ index: Int, _ name: String) {
        #expect(XLSXParts.columnName(index) == name)
    }
}

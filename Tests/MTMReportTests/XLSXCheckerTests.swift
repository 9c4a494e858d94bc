import Foundation
import Testing
@testable import MTMReport

/// The workbook opened by real spreadsheet software: LibreOffice converts every sheet to CSV and the cell values
/// must match the tables; openpyxl reads cell types, number formats and frozen panes.
@Suite struct XLSXCheckerTests {
    static let document = SampleDocument.document

    static func writeWorkbook() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        let url = dir.appendingPathComponent("mtm.xlsx")
        try XLSXWriter().write(document.tables, to: url)
        return url
    }

    @Test(.enabled(if: TestSupport.soffice != nil, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"))
    func libreOfficeReadsEveryCell() throws {
        let workbook = try Self.writeWorkbook()
        let outDir = workbook.deletingLastPathComponent().appendingPathComponent("csv")
        // CSV filter options: comma, double quote, UTF-8, from row 1, …, raw values (not as shown), all sheets (-1).
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        let result = try TestSupport.run(TestSupport.soffice!, [
            "--headless", "--norestore", "-env:UserInstallation=file://\(outDir.path)-profile",
            "--convert-to", filter, "--outdir", outDir.path, workbook.path,
        ], environment: ["HOME": outDir.path + "-home"])
        #expect(result.status == 0, "soffice: \(result.output)")
        let names = SheetName.unique(Self.document.tables.map(\.title))
        for (table, sheet) in zip(Self.document.tables, names) {
            let file = outDir.appendingPathComponent("mtm-\(sheet).csv")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                Issue.record("LibreOffice wrote no \(file.lastPathComponent): \(result.output)")
                continue
            }
            let rows = TestSupport.parseCSV(text)
            #expect(rows.first == table.columns.map(\.header), "header of \(sheet)")
            #expect(rows.count == table.rows.count + 1, "rows of \(sheet)")
            for (r, row) in table.rows.enumerated() where r + 1 < rows.count {
                for (c, cell) in row.enumerated() {
                    let got = c < rows[r + 1].count ? rows[r + 1][c] : ""
                    Self.expect(cell, type: table.columns[c].type, matches: got, at: "\(sheet)!\(XLSXParts.columnName(c))\(r + 2)")
                }
            }
        }
    }

    static func expect(_ cell: ReportCell, type: ColumnType, matches got: String, at place: String) {
        switch cell {
        case .empty:
            #expect(got.isEmpty, "\(place)")
        case .integer(let v):
            #expect(Double(got) == Double(v), "\(place): \(got)")
        case .number(let v):
            // LibreOffice's raw export keeps the percent sign on percent-formatted cells.
            let parsed = got.hasSuffix("%") ? Double(got.dropLast()).map { $0 / 100 } : Double(got)
            #expect(parsed != nil && abs(parsed! - v) <= 1e-9 * max(1, abs(v)), "\(place): \(got) vs \(v)")
        case .text(let s):
            if type == .date, let serial = ExcelDate.serial(s) {
                // Raw export writes a date cell as its formatted date or its serial, depending on the version.
                #expect(got == String(s.prefix(10)) || Double(got) == Double(serial), "\(place): \(got)")
            } else {
                let stripped = String(String.UnicodeScalarView(s.unicodeScalars.filter(XMLText.isAllowed)))
                #expect(got == stripped, "\(place): \(got.debugDescription) vs \(stripped.debugDescription)")
            }
        }
    }

    static let openpyxlScript = """
    import sys, datetime, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    print("sheets", "|".join(wb.sheetnames))
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", (ws.title, ws.freeze_panes)
        for cell in ws[1]:
            assert cell.font.b, (ws.title, cell.coordinate, "header not bold")
        for col, dim in ws.column_dimensions.items():
            assert 8 <= dim.width <= 60, (ws.title, col, dim.width)
    m = wb["Moments"]
    head = [c.value for c in m[1]]
    rank, share, score = m.cell(2, head.index("rank") + 1), m.cell(2, head.index("share") + 1), m.cell(2, head.index("score") + 1)
    assert isinstance(rank.value, int), rank.value
    assert isinstance(share.value, float) and share.number_format.endswith("%"), (share.value, share.number_format)
    assert isinstance(score.value, float) and score.number_format == "0.000", score.number_format
    r = wb["Records"]
    head = [c.value for c in r[1]]
    date = r.cell(2, head.index("date") + 1)
    assert isinstance(date.value, datetime.datetime) and date.value.date() == datetime.date(2026, 3, 4), date.value
    assert date.number_format == "yyyy-mm-dd", date.number_format
    assert r.cell(3, head.index("date") + 1).value is None
    rj = wb["Rejects"]
    assert rj.cell(3, 6).value == "badbytes @SUM(1)", repr(rj.cell(3, 6).value)
    print("ok")
    """

    @Test(.enabled(if: TestSupport.pythonWithOpenpyxl != nil, "python3 with openpyxl is not available (pip install openpyxl)"))
    func openpyxlSeesTypesFormatsAndFrozenHeaders() throws {
        let workbook = try Self.writeWorkbook()
        let script = workbook.deletingLastPathComponent().appendingPathComponent("check.py")
        try Data(Self.openpyxlScript.utf8).write(to: script)
        let result = try TestSupport.run(TestSupport.pythonWithOpenpyxl!, [script.path, workbook.path])
        #expect(result.status == 0, "openpyxl: \(result.output)")
        #expect(result.output.contains("sheets Moments|Touchpoints|Touchpoint emotions|Journey stages|Drivers"))
        #expect(result.output.hasSuffix("ok\n"))
    }
}

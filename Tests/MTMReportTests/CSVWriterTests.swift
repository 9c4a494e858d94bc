import Testing
@testable import MTMReport

@Suite struct CSVWriterTests {
    static let table = ReportTable(name: "t", columns: [
        ReportColumn("name"), ReportColumn("n", .integer), ReportColumn("x", .number(decimals: 2)),
        ReportColumn("share", .percent(decimals: 1)), ReportColumn("day", .date),
    ], rows: [
        [.text("plain"), .integer(3), .number(1.125), .number(0.25), .text("2026-01-31")],
        [.text("comma, \"quoted\"\nline"), .integer(-4), .number(-0.5), .number(-0.125), .empty],
        [.text("=1+1"), .integer(0), .number(-0.0001), .empty, .text("2026-02-01")],
    ])

    @Test func writesHeaderRowsAndCRLF() throws {
        let csv = try CSVWriter().csv(Self.table)
        #expect(csv.hasPrefix("name,n,x,share,day\r\nplain,3,1.13,0.250,2026-01-31\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.hasPrefix("\u{FEFF}"))
    }

    @Test func excelModeAddsByteOrderMarkOnce() throws {
        let csv = try CSVWriter(excel: true).csv(Self.table)
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(csv.unicodeScalars.filter { $0 == "\u{FEFF}" }.count == 1)
    }

    @Test func quotesFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let rows = TestSupport.parseCSV(try CSVWriter().csv(Self.table))
        #expect(rows.count == 4)
        #expect(rows[2][0] == "comma, \"quoted\"\nline")
        #expect(rows.allSatisfy { $0.count == 5 })
    }

    @Test func negativeNumbersStayNumbers() throws {
        let rows = TestSupport.parseCSV(try CSVWriter().csv(Self.table))
        #expect(rows[2][1] == "-4")
        #expect(rows[2][2] == "-0.50")
        #expect(rows[2][3] == "-0.125")
        // Rounds to zero: no "-0.00".
        #expect(rows[3][2] == "0.00")
    }

    @Test(arguments: ["=SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tindent", "\rreturn", "\r\nboth"])
    func neutralisesFormulaTriggersInText(_ hostile: String) throws {
        let table = ReportTable(name: "t", columns: [ReportColumn("h")], rows: [[.text(hostile)]])
        let rows = TestSupport.parseCSV(try CSVWriter().csv(table))
        #expect(rows[1][0] == "'" + hostile)
    }

    @Test func neutralisesHostileHeaders() throws {
        let table = ReportTable(name: "t", columns: [ReportColumn("=cmd")], rows: [])
        #expect(try CSVWriter().csv(table) == "'=cmd\r\n")
    }

    @Test func textInANumberColumnIsNeutralisedLikeText() throws {
        let table = ReportTable(name: "t", columns: [ReportColumn("n", .number(decimals: 1))],
                                rows: [[.text("-n/a")], [.number(-1.25)]])
        let rows = TestSupport.parseCSV(try CSVWriter().csv(table))
        #expect(rows[1][0] == "'-n/a")
        #expect(rows[2][0] == "-1.3")
    }

    @Test func emptyTableIsHeaderOnly() throws {
        let table = ReportTable(name: "t", columns: [ReportColumn("a"), ReportColumn("b")])
        #expect(try CSVWriter().csv(table) == "a,b\r\n")
    }

    @Test func randomTextRoundTrips() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab ,\"\n\r\t=+-@é😀'\u{0}")
        for _ in 0..<200 {
            let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let table = ReportTable(name: "t", columns: [ReportColumn("a"), ReportColumn("b", .integer)],
                                    rows: [[.text(text), .integer(7)]])
            let rows = TestSupport.parseCSV(try CSVWriter().csv(table))
            let expected = CSVWriter.neutralised(text)
            #expect(rows.count == 2 && rows[1] == [expected, "7"], "text \(text.debugDescription)")
        }
    }

    @Test(arguments: [(1.125, 2, "1.13"), (-1.5, 0, "-2"), (0.0004, 3, "0.000"), (-0.0004, 3, "0.000"),
                      (12345.678, 1, "12345.7"), (0.1, 4, "0.1000")])
    func fixedFormatting(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(NumberFormatting.fixed(value, decimals: decimals) == expected)
    }
}

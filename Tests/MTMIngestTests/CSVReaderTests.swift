import Testing
import MTMIngest
import MTMRecord

@Test func csvReadsQuotedNewlinesQuotesCRLFAndBOM() throws {
    let d = try drain(Fixture.path("reviews.csv"))
    #expect(d.records.count == 4)
    #expect(d.rejections.isEmpty)
    #expect(d.records[0].id == "r1")
    #expect(d.records[0].text == "Loved it, truly.")
    #expect(d.records[1].text == "Line one\r\nline two with \"quotes\"")
    #expect(d.records[1].line == 3)
    #expect(d.records[2].line == 5)
    #expect(d.records[0].title == "Great")
    #expect(d.choice("text column") == "\"Review Text\" (detected)")
    #expect(d.choice("id column") == "\"id\" (detected)")
    #expect(d.records[3].id == Fixture.path("reviews.csv") + ":6")
}

@Test func csvParsesRatingsDatesAndPeriods() throws {
    let d = try drain(Fixture.path("reviews.csv"))
    #expect(d.records.map(\.rating) == [5, 3, 1, 4])
    #expect(d.records[0].ratingScale == .stars)
    #expect(d.records.map(\.date) == ["2024-03-05", "2024-03-20T10:15:00Z", "2024-04-01T09:00:00+01:00", "2024-04-01T00:00:00Z"])
    #expect(d.records.map(\.period) == ["2024-03", "2024-03", "2024-04", "2024-04"])
    let q = try drain(Fixture.path("reviews.csv")) { $0.period = .quarter }
    #expect(q.records.map(\.period) == ["2024-Q1", "2024-Q1", "2024-Q2", "2024-Q2"])
}

@Test func csvSegmentAndTextColumnOverrides() throws {
    let d = try drain(Fixture.path("reviews.csv")) {
        $0.textColumns = ["Title", "Review Text"]
        $0.segmentColumns = ["channel"]
    }
    #expect(d.records[0].text == "Great\n\nLoved it, truly.")
    #expect(d.records[0].title == nil)
    #expect(d.records.map { $0.segment("Channel") } == ["app", "web", "app", "store"])
    #expect(throws: IngestError.self) { try drain(Fixture.path("reviews.csv")) { $0.ratingColumn = "no such column" } }
}

@Test(arguments: [("semicolon.csv", "';'"), ("reviews.tsv", "TAB"), ("pipe.csv", "'|'")])
func delimiterIsSniffed(file: String, expected: String) throws {
    let d = try drain(Fixture.path(file))
    if file != "reviews.tsv" { #expect(d.choice("delimiter") == expected + " (detected)") }
    #expect(d.records.count >= 2)
    #expect(d.rejections.isEmpty)
}

@Test func semicolonExportReadsEUDatesAndDecimalCommas() throws {
    let d = try drain(Fixture.path("semicolon.csv"))
    #expect(d.records.map(\.text) == ["Très bien", "Pas mal", "Nul"])
    #expect(d.records.map(\.rating) == [4.5, 3, 1])
    #expect(d.records.map(\.date) == ["2024-01-31", "2024-02-15", "2024-03-01"])
    #expect(d.choice("date order") == "dd/mm/yyyy (detected)")
}

@Test func npsColumnGetsZeroToTenScaleAndClass() throws {
    let d = try drain(Fixture.path("pipe.csv"))
    #expect(d.records.allSatisfy { $0.ratingScale == .zeroToTen })
    #expect(d.records.map { $0.segment("nps") } == ["promoter", "passive", "detractor"])
}

@Test func noHeaderUsesPositionalColumns() throws {
    let path = Fixture.temporary("noheader.tsv", Array("1\t2.5\tshort\n2\t-1.2\tthis is the longest column of text\n".utf8))
    let d = try drain(path) { $0.hasHeader = false }
    #expect(d.records.count == 2)
    #expect(d.records[1].text == "this is the longest column of text")
    let explicit = try drain(path) { $0.hasHeader = false; $0.textColumns = ["3"]; $0.idColumn = "1" }
    #expect(explicit.records.map(\.id) == ["1", "2"])
}

@Test func ratingFormsAreRead() throws {
    let d = try drain(Fixture.path("ratings.csv"))
    #expect(d.records.count == 6)
    #expect(d.records.prefix(5).map(\.rating) == [4, 4, 4, 80, 4])
    #expect(d.records[3].ratingScale == .percent)
    #expect(d.records[5].rating == nil)
    #expect(d.has("bad-rating"))
}

@Test func ambiguousDatesAreReportedAndDateFormatDecides() throws {
    let d = try drain(Fixture.path("dates.csv"))
    #expect(d.has("ambiguous-date"))
    #expect(d.records[0].date == "2024-03-04")
    let eu = try drain(Fixture.path("dates.csv")) { $0.dateOrder = .dayFirst }
    #expect(!eu.has("ambiguous-date"))
    #expect(eu.records[0].date == "2024-04-03")
}

@Test func surveyTouchpointRatingsAndImportance() throws {
    let d = try drain(Fixture.path("survey.csv")) {
        $0.touchpointRatings = [.init(column: "checkin_score", touchpoint: "checkin"), .init(column: "room_score", touchpoint: "room")]
        $0.statedImportance = [.init(option: "imp_checkin=checkin")!, .init(option: "imp_room=room")!]
    }
    #expect(d.records.count == 3)
    #expect(d.records[0].rating == 9)
    #expect(d.records[0].ratingScale == .zeroToTen)
    #expect(d.records[1].touchpointRatings == [TouchpointValue(touchpoint: "checkin", value: 2), TouchpointValue(touchpoint: "room", value: 6)])
    #expect(d.records[2].touchpointRatings == [TouchpointValue(touchpoint: "room", value: 8)])
    #expect(d.records[2].statedImportance == [TouchpointValue(touchpoint: "checkin", value: 4)])
    #expect(d.records[1].text == "Check-in took an hour")
}

@Test func excelSeparatorLineNamesTheDelimiterAndIsSkipped() throws {
    let d = try drain(Fixture.temporary("excel-sep.csv", Array("sep=;\r\ncomment;rating\r\nGood, really;5\r\n".utf8)))
    #expect(d.records.map(\.text) == ["Good, really"])
    #expect(d.records[0].line == 3)
    #expect(d.choice("delimiter") == "';' (detected)")
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import MTMIngest
import MTMRecord

@Test(arguments: [
    ("4", 4.0, nil as RatingScale?), ("4,5", 4.5, nil), ("4/5", 4, .stars), ("8/10", 8, .zeroToTen),
    ("4 out of 5", 4, .stars), ("3 of 5", 3, .stars), ("★★★☆☆", 3, .stars), ("75%", 75, .percent), ("5 stars", 5, .stars),
])
func ratingForms(text: String, value: Double, scale: RatingScale?) {
    let r = RatingParser.parse(text)
    #expect(r?.value == value)
    #expect(r?.scale == scale)
}

@Test(arguments: ["", "  ", "great", "n/a", "4 / five"])
func nonRatingsAreNil(text: String) {
    #expect(RatingParser.parse(text) == nil)
}

@Test func ratingScaleDetectionUsesNamesThenRange() {
    #expect(RatingParser.detectScale(columnName: "Rating", sample: [1, 5, 3]) == .stars)
    #expect(RatingParser.detectScale(columnName: "Rating", sample: [0, 7, 10]) == .zeroToTen)
    #expect(RatingParser.detectScale(columnName: "NPS", sample: [3, 4]) == .zeroToTen)
    #expect(RatingParser.detectScale(columnName: "score", sample: [55, 90]) == .percent)
    #expect(RatingParser.detectScale(columnName: "score", sample: [500]) == nil)
    #expect(RatingParser.detectScale(columnName: "score", sample: []) == nil)
}

@Test(arguments: [
    ("2024-03-05", "2024-03-05"), ("2024/03/05", "2024-03-05"), ("20240305", "2024-03-05"),
    ("2024-03-05T14:30:00Z", "2024-03-05T14:30:00Z"), ("2024-03-05 14:30:00 +0100", "2024-03-05T14:30:00+01:00"),
    ("2024-03-05T14:30:00.250-05:00", "2024-03-05T14:30:00-05:00"), ("5 Mar 2024", "2024-03-05"),
    ("March 5, 2024", "2024-03-05"), ("1709647200", "2024-03-05T14:00:00Z"), ("1709647200000", "2024-03-05T14:00:00Z"),
    ("31/12/2023", "2023-12-31"), ("12/31/2023", "2023-12-31"),
])
func dateForms(text: String, iso: String) {
    #expect(DateParser.parse(text, order: nil)?.iso == iso)
}

@Test(arguments: ["", "yesterday", "2024-13-01", "2023-02-29", "32/01/2024", "12345"])
func nonDatesAreNil(text: String) {
    #expect(DateParser.parse(text, order: nil) == nil)
}

@Test func slashDatesFollowTheOrderAndFlagAmbiguity() {
    #expect(DateParser.parse("03/04/2024", order: nil)?.ambiguous == true)
    #expect(DateParser.parse("03/04/2024", order: .dayFirst)?.iso == "2024-04-03")
    #expect(DateParser.parse("03/04/2024", order: .monthFirst)?.iso == "2024-03-04")
    #expect(DateParser.parse("03/03/2024", order: nil)?.ambiguous == false)
}

@Test(arguments: [
    ("2024-01-01", "2024-W01"), ("2021-01-03", "2020-W53"), ("2024-12-30", "2025-W01"), ("2024-03-05", "2024-W10"),
])
func isoWeeks(date: String, week: String) {
    #expect(PeriodGranularity.week.period(of: DateParser.parse(date, order: nil)!) == week)
}

@Test func periodsForMonthAndQuarter() {
    let d = DateParser.parse("2024-08-15", order: nil)!
    #expect(PeriodGranularity.month.period(of: d) == "2024-08")
    #expect(PeriodGranularity.quarter.period(of: d) == "2024-Q3")
}

@Test func delimiterSniffing() {
    #expect(DelimiterSniffer.sniff(ArraySlice("a;b;c\n1;2;3\n\"x;y\";2;3\n".utf8)) == UInt8(ascii: ";"))
    #expect(DelimiterSniffer.sniff(ArraySlice("a,b\n\"1,5\",2\n".utf8)) == UInt8(ascii: ","))
    #expect(DelimiterSniffer.sniff(ArraySlice("just words here\n".utf8)) == nil)
    #expect(DelimiterSniffer.sniff(ArraySlice([UInt8]())) == nil)
}

@Test func columnNamesAreDetectedAndOverridable() throws {
    let columns = ["Review_ID", "Stars (1-5)", "created_at", "Customer Comment", "Body"]
    let m = try ColumnMapping(columns: columns, options: IngestOptions(), source: "x", sample: [])
    #expect(m.id == 0)
    #expect(m.rating == 1)
    #expect(m.date == 2)
    #expect(m.text == [4])
    var options = IngestOptions()
    options.textColumns = ["Customer Comment", "5"]
    let o = try ColumnMapping(columns: columns, options: options, source: "x", sample: [])
    #expect(o.text == [3, 4])
}

@Test func touchpointMapFileFillsSurveyOptions() throws {
    let path = Fixture.temporary("tpmap.csv", Array("column,touchpoint,importance_column\ncheckin_score,checkin,imp_checkin\nroom_score,room,\n".utf8))
    var options = IngestOptions()
    try options.loadTouchpointMap(path)
    #expect(options.touchpointRatings == [.init(column: "checkin_score", touchpoint: "checkin"), .init(column: "room_score", touchpoint: "room")])
    #expect(options.statedImportance == [.init(column: "imp_checkin", touchpoint: "checkin")])
    let d = try drain(Fixture.path("survey.csv")) { try? $0.loadTouchpointMap(path) }
    #expect(d.records[0].touchpointRatings.map(\.value) == [8, 10])
    #expect(d.records[0].statedImportance.map(\.value) == [5])
}

@Test(arguments: [UInt64(7), 99])
func randomBytesNeverCrashAnyReader(seed: UInt64) throws {
    var rng = SplitMix64(seed: seed)
    for ext in ["csv", "json", "jsonl", "txt", "vtt", "srt"] {
        let bytes = (0..<3000).map { _ in UInt8.random(in: 0...255, using: &rng) }.map { $0 == 0 ? 1 : $0 }
        let path = Fixture.temporary("random-\(seed).\(ext)", bytes)
        defer { unlink(path) }
        try expectReadsOrFailsCleanly(path)
    }
}

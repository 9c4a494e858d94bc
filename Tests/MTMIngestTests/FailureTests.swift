#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import MTMIngest
import MTMRecord

@Test func loneQuoteRejectsItsLineAndRereadsTheRest() throws {
    let d = try drain(Fixture.path("lone_quote.csv"))
    #expect(d.records.map(\.text) == ["fine", "next row", "last row"])
    #expect(d.rejections.count == 1)
    #expect(d.rejections[0].finding.code == "unterminated-quote")
    #expect(d.rejections[0].finding.line == 3)
    #expect(d.rejections[0].raw == "\"broken start,4")
    #expect(d.counts.read == 4)
    #expect(d.counts.byCode == ["unterminated-quote": 1])
}

@Test func loneQuoteInALargeFileIsCaughtByTheLineLimit() throws {
    var text = "text\n\"opens here\n"
    for i in 0..<(CSVReader.maximumQuotedFieldLines + 50) { text += "row \(i)\n" }
    let d = try drain(Fixture.temporary("longquote.csv", Array(text.utf8)))
    #expect(d.rejections.count == 1)
    #expect(d.rejections[0].finding.line == 2)
    #expect(d.records.count == CSVReader.maximumQuotedFieldLines + 50)
}

@Test func truncatedFileRejectsTheCutRecord() throws {
    let d = try drain(Fixture.path("truncated.csv"))
    #expect(d.records.map(\.text) == ["fine", "also fine"])
    #expect(d.rejections.map(\.finding.line) == [4])
}

@Test func binaryFileIsOneRejection() throws {
    let d = try drain(Fixture.path("binary.dat"))
    #expect(d.records.isEmpty)
    #expect(d.rejections.map(\.finding.code) == ["binary-file"])
}

@Test func emptyAndHeaderOnlyFilesGiveFindingsNotRecords() throws {
    let empty = try drain(Fixture.path("empty.csv"))
    #expect(empty.counts.read == 0)
    #expect(empty.has("empty-input"))
    let header = try drain(Fixture.path("header_only.csv"))
    #expect(header.counts.read == 0)
    #expect(header.has("header-only"))
}

@Test func mixedLineEndingsAreAllLineBreaks() throws {
    let d = try drain(Fixture.path("mixed_endings.csv"))
    #expect(d.records.map(\.text) == ["unix", "windows", "old mac", "last"])
    #expect(d.records.map(\.line) == [2, 3, 4, 5])
}

@Test func tenMegabyteFieldIsRead() throws {
    let big = String(repeating: "abcdefghij", count: 1_000_000)
    let d = try drain(Fixture.temporary("big.csv", Array("text,rating\n\"\(big)\",5\nsmall,4\n".utf8)))
    #expect(d.records.count == 2)
    #expect(d.records[0].text.utf8.count == 10_000_000)
}

@Test func emptyTextIsRejectedWithItsLine() throws {
    let d = try drain(Fixture.temporary("emptytext.csv", Array("text,rating\nok,5\n,3\n".utf8)))
    #expect(d.records.count == 1)
    #expect(d.rejections.map(\.finding.line) == [3])
    #expect(d.counts.read == d.counts.records + d.counts.rejected)
}

@Test func strictStopsAtTheFirstProblemWithItsPlace() throws {
    #expect {
        _ = try drain(Fixture.path("lone_quote.csv")) { $0.strict = true }
    } throws: { error in
        guard let e = error as? IngestError, case .strict = e else { return false }
        return e.description.hasPrefix(Fixture.path("lone_quote.csv") + ":3: ") && e.description.contains(" — ")
    }
}

@Test func rejectionRawTextIsCut() {
    let r = Rejection(Finding(.error, code: "x", source: "s", message: "m"), raw: String(repeating: "a", count: 2000))
    #expect(r.raw.count == Rejection.rawTextLimit + 1)
}

@Test(arguments: ["reviews.csv", "semicolon.csv", "reviews.json", "reviews.jsonl", "interview.vtt", "interview.srt",
                  "speakers_paragraph.txt", "utf16.csv", "windows1252.csv", "survey.csv"])
func everyTruncationOfAFixtureReadsWithoutCrashing(file: String) throws {
    let bytes = try readFile(Fixture.path(file))
    for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 40)) {
        let path = Fixture.temporary("cut-\(cut)-" + file, Array(bytes[0..<cut]))
        defer { unlink(path) }
        try expectReadsOrFailsCleanly(path)
    }
}

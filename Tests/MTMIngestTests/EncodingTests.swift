import Testing
import MTMIngest
import MTMRecord

@Test func windows1252IsDetectedAndConverted() throws {
    let d = try drain(Fixture.path("windows1252.csv"))
    #expect(d.records.map(\.text) == ["café – naïve €5", "plain"])
    #expect(d.has("encoding-detected"))
}

@Test func latin1CanBeNamed() throws {
    let d = try drain(Fixture.path("windows1252.csv")) { $0.encoding = "iso-8859-1" }
    #expect(d.records[0].text.hasPrefix("café "))
    #expect(!d.has("encoding-detected"))
}

@Test func utf16WithBOMIsConverted() throws {
    let d = try drain(Fixture.path("utf16.csv"))
    #expect(d.records.map(\.text) == ["über gut", "日本語のレビュー"])
    #expect(d.records.map(\.rating) == [5, 4])
}

@Test func invalidUTF8IsAFindingWithItsLine() throws {
    // The first chunk is not UTF-8, so detection picks a single-byte encoding; forcing UTF-8 shows the finding.
    let d = try drain(Fixture.path("invalid_utf8.csv")) { $0.encoding = "utf-8" }
    #expect(d.records.count == 3)
    #expect(d.records[1].text == "bad \u{FFFD}\u{FFFD} byte")
    let finding = d.findings.first { $0.code == "undecodable-bytes" }
    #expect(finding?.line == 3)
}

@Test func undecodableBytesInAnICUEncodingAreFound() throws {
    // 0xFF 0xFE would be a UTF-16 mark; use a lone low surrogate in UTF-16LE instead.
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in Array("text\nok\nbad ".utf16) + [0xDC00] + Array(" x\n".utf16) { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let d = try drain(Fixture.temporary("badutf16.csv", bytes)) { $0.format = .csv }
    #expect(d.records.map(\.text) == ["ok", "bad \u{FFFD} x"])
    #expect(d.findings.first { $0.code == "undecodable-bytes" }?.line == 3)
}

@Test func unknownEncodingIsAnError() {
    #expect(throws: IngestError.self) { try drain(Fixture.path("reviews.csv")) { $0.encoding = "no-such-encoding" } }
}

@Test(arguments: [true, false])
func utf16AcrossChunkBoundariesKeepsEverySurrogatePair(littleEndian: Bool) throws {
    // Each row is 6 UTF-16 units wide with an emoji (a surrogate pair), so pairs and CRLFs fall on every chunk
    // boundary position sooner or later.
    var text = "text\r\n"
    let rows = ByteStream.chunkSize / 3
    for i in 0..<rows { text += "😀\(i % 10)é\r\n" }
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
        bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
    let d = try drain(Fixture.temporary("big-utf16-\(littleEndian).csv", bytes)) { $0.format = .csv }
    #expect(d.records.count == rows)
    #expect(d.records.allSatisfy { $0.text.count == 3 && $0.text.hasPrefix("😀") && $0.text.hasSuffix("é") })
    #expect(!d.has("undecodable-bytes"))
}

@Test func utf8SequencesSplitAcrossChunksAreNotFindings() throws {
    var text = "text\n"
    while text.utf8.count < ByteStream.chunkSize * 3 { text += "naïve café 😀 日本\n" }
    let d = try drain(Fixture.temporary("big-utf8.csv", Array(text.utf8)))
    #expect(!d.has("undecodable-bytes"))
    #expect(d.records.allSatisfy { $0.text == "naïve café 😀 日本" })
}

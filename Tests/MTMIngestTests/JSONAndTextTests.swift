#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import MTMIngest
import MTMRecord

@Test func jsonObjectHoldingAnArrayWithDottedPaths() throws {
    let d = try drain(Fixture.path("reviews.json")) { $0.textColumns = ["review.body"] }
    #expect(d.records.map(\.text) == ["Nice room", "Noisy at night"])
    #expect(d.records.map(\.id) == ["a1", "a2"])
    #expect(d.records.map(\.rating) == [4, 2])
    #expect(d.records[0].line == 6)
    #expect(d.rejections.map(\.finding.code) == ["empty-text"])
}

@Test func jsonlRejectsABadLineAndGoesOn() throws {
    let d = try drain(Fixture.path("reviews.jsonl"))
    #expect(d.records.map(\.text) == ["first", "second", "fourth"])
    #expect(d.rejections.map(\.finding.line) == [3])
    #expect(d.rejections[0].finding.code == "bad-json")
}

@Test func plainTextPerLineAndPerParagraph() throws {
    let lines = try drain(Fixture.path("notes.txt"))
    #expect(lines.records.map(\.text) == ["First note.", "Second note.", "Third note, after a blank line.", "Still third paragraph."])
    let paragraphs = try drain(Fixture.path("notes.txt")) { $0.paragraphs = true }
    #expect(paragraphs.records.map(\.text) == ["First note.\nSecond note.", "Third note, after a blank line.\nStill third paragraph."])
    #expect(paragraphs.records.map(\.line) == [1, 4])
}

@Test(arguments: ["", "   ", "\n\n", "\"", "{", "[", "WEBVTT", ",,,\n;;;", "\u{FEFF}"])
func oddSmallInputsNeverCrash(text: String) throws {
    for ext in ["csv", "json", "jsonl", "txt", "vtt", "srt"] {
        let path = Fixture.temporary("odd-\(Array(text.utf8).map(String.init).joined(separator: "_")).\(ext)", Array(text.utf8))
        defer { unlink(path) }
        var options = IngestOptions()
        options.textColumns = []
        do {
            let d = try drain(path)
            #expect(d.counts.read == d.counts.records + d.counts.rejected)
        } catch let error as IngestError {
            #expect(!error.description.isEmpty)
        }
    }
}

@Test func jsonArrayStreamsManyElements() throws {
    var text = "[\n"
    for i in 0..<20_000 {
        text += (i > 0 ? ",\n" : "") + #"{"id": \#(i), "text": "review \#(i) with [brackets] and {braces} \" quote"}"#
    }
    text += "\n]\n"
    let d = try drain(Fixture.temporary("many.json", Array(text.utf8)))
    #expect(d.records.count == 20_000)
    #expect(d.records[19_999].text == "review 19999 with [brackets] and {braces} \" quote")
    #expect(d.records[19_999].line == 20_001)
}

@Test func jsonlWithOnlyBrokenLinesRejectsEachLine() throws {
    let d = try drain(Fixture.temporary("allbad.jsonl", Array("{oops\n[1,2]\n42\n".utf8)))
    #expect(d.records.isEmpty)
    #expect(d.rejections.map(\.finding.line) == [1, 2, 3])
}

@Test func jsonArrayOfStringsIsTexts() throws {
    let d = try drain(Fixture.temporary("strings.json", Array(#"["good", "bad, really", 3]"#.utf8)))
    #expect(d.records.map(\.text) == ["good", "bad, really"])
    #expect(d.rejections.count == 1)
}

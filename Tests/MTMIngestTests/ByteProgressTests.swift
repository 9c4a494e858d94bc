import Testing
import MTMIngest
import MTMRecord

/// `RecordSource.bytesConsumed`, the input position a progress line measures against the file's size: it never
/// passes the size and reaches it exactly when the source is drained, whatever the format or encoding.
@Suite struct ByteProgressTests {
    static func fileSize(_ path: String) throws -> Int { try readFile(path).count }

    @Test(arguments: ["reviews.csv", "reviews.jsonl", "reviews.json", "reviews.tsv", "notes.txt", "interview.vtt",
                      "speakers_colon.txt", "mixed_endings.csv", "utf16.csv", "windows1252.csv", "invalid_utf8.csv",
                      "truncated.csv", "empty.csv"])
    func positionReachesTheFileSizeAtTheEnd(_ name: String) throws {
        let path = Fixture.path(name)
        let size = try Self.fileSize(path)
        var source = try InputOpener.open(path, options: IngestOptions())
        var positions: [Int] = []
        while let event = try source.next() {
            if case .record = event { positions.append(try #require(source.bytesConsumed)) }
        }
        #expect(positions.allSatisfy { $0 >= 0 && $0 <= size }, "\(positions) for \(size) bytes")
        #expect(source.bytesConsumed == size)
    }

    @Test func aLargeCSVIsMeasuredAlongTheWay() throws {
        // Well over one read chunk, with a byte-order mark, quoted newlines and CRLF.
        var text = "\u{FEFF}id,text,rating\r\n"
        for i in 0..<6_000 { text += "\(i),\"line one, with a comma\nline \(i) two\",\(i % 5 + 1)\r\n" }
        let path = Fixture.temporary("progress.csv", Array(text.utf8))
        var source = try InputOpener.open(path, options: IngestOptions())
        var positions: [Int] = []
        while let event = try source.next() {
            if case .record = event { positions.append(source.bytesConsumed ?? -1) }
        }
        #expect(positions.count == 6_000)
        // Positions grow with the records read: the middle record is near the middle of the file.
        let middle = positions[3_000], size = text.utf8.count
        #expect(middle > size * 2 / 5 && middle < size * 3 / 5, "\(middle) of \(size)")
        #expect(zip(positions, positions.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(source.bytesConsumed == size)
    }

    @Test func strictSourcesReportTheSamePosition() throws {
        let path = Fixture.path("reviews.csv")
        var options = IngestOptions()
        options.strict = true
        var source = try InputOpener.open(path, options: options)
        while try source.next() != nil {}
        #expect(source.bytesConsumed == (try Self.fileSize(path)))
    }
}

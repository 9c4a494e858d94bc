import Testing
import MTMIngest
import MTMRecord

func readRows(_ path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [[String]] {
    let reader = CSVReader(stream: try ByteStream(path: path), delimiter: delimiter)
    var rows: [[String]] = []
    while let row = reader.nextRow() {
        if case let .fields(f, _) = row { rows.append(f) }
    }
    return rows
}

@Test func csvWrittenByPythonsWriterReadsBackIdentically() throws {
    let rows = try readRows(Fixture.path("python_written.csv"))
    let expectedJSON = try JSONParser.parse(bytes: Array(try readFile(Fixture.path("python_written.json"))))
    guard case let .array(expected) = expectedJSON else { Issue.record("fixture is not an array"); return }
    let expectedRows = expected.map { row -> [String] in
        guard case let .array(cells) = row else { return [] }
        return cells.map { $0.stringValue ?? "" }
    }
    #expect(rows.count == expectedRows.count)
    for (got, want) in zip(rows, expectedRows) { #expect(got == want) }
}

@Test(arguments: [UInt64(1), 2, 3, 42, 2024])
func randomFieldsRoundTripThroughAnRFC4180Writer(seed: UInt64) throws {
    var rng = SplitMix64(seed: seed)
    let alphabet: [String] = ["a", "b", "z", " ", ",", ";", "\"", "'", "\n", "\r\n", "\t", "é", "€", "😀", "|", "\"\""]
    var rows: [[String]] = []
    for _ in 0..<200 {
        let width = Int.random(in: 1...5, using: &rng)
        rows.append((0..<width).map { _ in
            (0..<Int.random(in: 0...10, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
        })
    }
    // Rows that would read as a blank line (one empty field) are written quoted, as Python's writer does.
    var text = ""
    for row in rows {
        text += row.map { f in
            f.isEmpty && row.count == 1 || f.utf8.contains(where: { Array(",\"\r\n".utf8).contains($0) })
                ? "\"" + f.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
                : f
        }.joined(separator: ",") + (seed % 2 == 0 ? "\r\n" : "\n")
    }
    let back = try readRows(Fixture.temporary("prop-\(seed).csv", Array(text.utf8)))
    #expect(back == rows)
}

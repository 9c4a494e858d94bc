import Foundation
import Testing

/// `mtm analyze` writes its per-record rows as records are scored: a segment column first seen late still gets
/// its header and an empty cell in earlier rows, and the rows are the same for every --jobs.
@Suite struct AnalyzeStreamingTests {
    /// 700 reviews (several chunks); a `region` field appears only from record 400 on.
    static func input() throws -> URL {
        var lines: [String] = []
        for i in 0..<700 {
            var fields = "\"id\": \"r\(i)\", \"text\": \"The delivery was \(i % 2 == 0 ? "late and the box was crushed" : "quick and the fit is perfect")\", \"rating\": \(i % 5 + 1), \"store\": \"s\(i % 3)\""
            if i >= 400 { fields += ", \"region\": \"north\"" }
            lines.append("{\(fields)}")
        }
        return try MTMCommand.temporaryFile(Array((lines.joined(separator: "\n") + "\n").utf8), suffix: ".jsonl")
    }

    static func run(_ input: URL, jobs: Int) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-stream-\(UUID().uuidString)")
        let result = try MTMCommand.run(["analyze", input.path, "--taxonomy", "ecommerce", "--out", out.path, "--quiet",
                                         "--segment-column", "store", "--segment-column", "region",
                                         "--jobs", "\(jobs)", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    @Test func aSegmentColumnFirstSeenLateIsPaddedInEarlierRows() throws {
        let input = try Self.input()
        let one = try Self.run(input, jobs: 1), two = try Self.run(input, jobs: 2)
        defer { for url in [input, one, two] { try? FileManager.default.removeItem(at: url) } }
        let text = try String(contentsOf: one.appendingPathComponent("records.csv"), encoding: .utf8)
        let rows = text.components(separatedBy: "\r\n").dropLast().map { $0.components(separatedBy: ",") }
        #expect(rows.count == 701)
        #expect(rows[0].suffix(2) == ["store", "region"])
        #expect(rows.allSatisfy { $0.count == rows[0].count }, "every row has every column")
        #expect(rows[1].suffix(2) == ["s0", ""])
        #expect(rows[400].suffix(2) == ["s0", ""])
        #expect(rows[401].suffix(2) == ["s1", "north"])
        for name in ["records.csv", "mentions.csv"] {
            let a = try Data(contentsOf: one.appendingPathComponent(name))
            let b = try Data(contentsOf: two.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between --jobs 1 and 2")
        }
        // Nothing of the run's temporary files is left in or beside the output.
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: one.path)).contains { $0.hasPrefix(".") })
    }
}

import Foundation
import MTMRecord
import Testing

@Suite struct TagCommandTests {
    /// (touchpoint, compound, quoted text) of each mention of one output line.
    func mentions(_ line: String) throws -> [(String, Double, String)] {
        let record = try JSONParser.parse(line)
        guard let text = record["text"]?.stringValue, case let .array(items)? = record["mentions"] else { return [] }
        let utf8 = Array(text.utf8)
        return items.map { m in
            let start = Int(m["start"]?.doubleValue ?? 0), end = Int(m["end"]?.doubleValue ?? 0)
            return (m["touchpoint"]?.stringValue ?? "", m["compound"]?.doubleValue ?? 0,
                    String(decoding: utf8[start..<end], as: UTF8.self))
        }
    }

    @Test func tagWritesMentionsWithClauseSentiment() throws {
        let input = "The food was great but the service was terrible.\nNothing to see here\n"
        let result = try MTMCommand.run(["tag", "-", "--taxonomy", "hospitality"], stdin: Array(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 2)
        let found = try mentions(result.lines[0])
        #expect(found.map(\.0) == ["food", "staff"])
        #expect(found.map(\.2) == ["food", "service"])
        #expect(found[0].1 > 0 && found[1].1 < 0)
        #expect(try mentions(result.lines[1]).isEmpty)
        #expect(result.lines[0].contains("\"stage\":\"dining\"") && result.lines[0].contains("\"handoff\""))
        #expect(result.stderr.contains("2 records, 2 mentions"))
    }

    @Test func tagReadsJSONLRecordsAndKeepsTheirIds() throws {
        let input = #"{"id": "r7", "text": "Check-in was quick 👍"}"# + "\n"
        let result = try MTMCommand.run(["tag", "-", "--taxonomy", "hospitality", "--only-mentions"], stdin: Array(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first?.hasPrefix(#"{"id":"r7""#) == true)
        #expect(try mentions(result.lines[0]).map(\.2) == ["Check-in"])
    }

    @Test func unknownTaxonomyFailsWithTheNamesToUse() throws {
        let result = try MTMCommand.run(["tag", "-", "--taxonomy", "hotel"], stdin: Array("x\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown taxonomy") && result.stderr.contains("hospitality"))
    }

    @Test func taxonomyListAndShow() throws {
        let list = try MTMCommand.run(["taxonomy", "list"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.lines.first == "name\ttouchpoints\tphrases\tstages")
        #expect(list.lines.contains { $0.hasPrefix("lifecycle\t18\t") && $0.hasSuffix("Retention → Advocacy") })
        let show = try MTMCommand.run(["taxonomy", "show", "saas"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("quarterly-review: Quarterly business review"))
    }

    @Test func taxonomyCheckReportsFileLineAndExitsOne() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).yaml")
        try "stages: [Stay]\ntouchpoints:\n  - id: room\n    stage: stay\n    phrases: []\n    colour: red\n"
            .write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try MTMCommand.run(["taxonomy", "check", url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(url.path):6: error: unknown touchpoint key `colour`"))
        #expect(result.stderr.contains("\(url.path):5: error: touchpoint `room` has no phrases"))
        let shipped = try MTMCommand.run(["taxonomy", "check"])
        #expect(shipped.status == 0, "\(shipped.stderr)")
    }

    @Test func evalTaggingReportsPerTouchpointAndPerTaxonomy() throws {
        let result = try MTMCommand.run(["eval", "tagging", "--gold", "Tests/MTMScoringTests/Fixtures/tagging-gold.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first == "taxonomy\ttouchpoint\ttp\tfp\tfn\tprecision\trecall\tf1")
        #expect(result.lines.contains { $0.hasPrefix("hospitality\tfood\t") })
        #expect(result.stderr.contains("all: 163 rows, macro F1"))
    }
}

import Foundation
import Testing

/// The built `mtm`: beside the test bundle, else in .build/debug.
let builtMTMBinary: URL? = {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("mtm")
    let debug = TestPaths.repository.appendingPathComponent(".build/debug/mtm")
    return [besideTests, debug].first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// `mtm scrape` as users run it.
@Suite(.enabled(if: builtMTMBinary != nil, "the mtm binary is not built (swift build)"))
struct ScrapeCommandTests {

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = builtMTMBinary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func jsonlHasOneRecordPerReviewAndASummaryOnStderr() throws {
        let result = try run(["scrape", TestPaths.fixture("trustpilot.html")])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["method"] as? String == "profile:trustpilot")
        #expect(first["site"] as? String == "trustpilot")
        #expect(first["rating"] as? Double == 1)
        #expect(first["best_rating"] as? Double == 5)
        #expect(first["author"] as? String == "Grace Obi")
        #expect(first["text"] as? String == "Driver left the box on the step.\nEverything inside was soaked.")
        #expect(result.stderr.contains("trustpilot.html: 2 reviews (profile:trustpilot, site trustpilot)"))
    }

    @Test func csvHasTheDocumentedColumns() throws {
        let result = try run(["scrape", "--format", "csv", TestPaths.fixture("amazon_de.html")])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "id,source,site,method,title,text,rating,best_rating,author,date")
        #expect(lines.count == 1 + 4 + 1, "header, three records (one with a quoted line break), final newline")
        #expect(result.stdout.contains("amazon:RDE1,"))
        #expect(result.stdout.contains("\"Kocht schnell.\nIst aber sehr laut.\",4,5,Jürgen,2021-03-03"))
    }

    @Test func sameInputGivesTheSameOutput() throws {
        let a = try run(["scrape", TestPaths.fixtures.path])
        let b = try run(["scrape", TestPaths.fixtures.path])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test func userProfileIsUsedAndBadProfilesFailWithTheField() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-scrape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("guestbook.yaml")
        try "name: guestbook\nreview: \"//div[@class='entry']\"\nbody: './/p'\nauthor: './/b'\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let used = try run(["scrape", "--profile", good.path, TestPaths.fixture("fallback_blog.html")])
        #expect(used.status == 0)
        #expect(used.stdout.split(separator: "\n").allSatisfy { $0.contains(#""method":"profile:guestbook""#) })
        let bad = folder.appendingPathComponent("bad.yaml")
        try "name: bad\nreview: '//div['\nbody: './/p'\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try run(["scrape", "--profile", bad.path, TestPaths.fixture("fallback_blog.html")])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad.yaml: review:"))
    }

    @Test func usageErrorsExitTwoAndStrictFailsOnFindings() throws {
        #expect(try run(["scrape"]).status == 2)
        #expect(try run(["scrape", "--max-pages", "0", "x.html"]).status == 2)
        let strict = try run(["scrape", "--strict", TestPaths.fixture("jsonld_product.html")])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("broken-json-ld") || strict.stderr.contains("JSON-LD does not parse"))
    }
}

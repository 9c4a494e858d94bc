import Foundation
import Testing

/// `mtm analyze` end to end on the bundled clothing reviews (a 400-record cut plus hostile rows, and the whole
/// export once), a transcript and an HTML page: files, reconciling counts, escaping, round trips, and the same
/// output for every --jobs.
@Suite struct AnalyzeCommandTests {
    static let corpus = MTMCommand.repositoryRoot.appendingPathComponent("Corpora/clothing-reviews/reviews.csv")
    static let hostileText = "The fit was awful <script>alert('mtm')</script> and the sizing runs small"
    static let formulaText = "=SUM(A1) the fabric is lovely and soft"

    /// The export's header and first `count` records (cut at record boundaries, quotes respected), then three
    /// hostile rows: markup, a formula and an empty review.
    static func sample(records count: Int) throws -> URL {
        let text = try String(contentsOf: corpus, encoding: .utf8)
        var out = "", inQuotes = false, ends = 0
        for c in text.unicodeScalars {
            out.unicodeScalars.append(c)
            if c == "\"" { inQuotes.toggle() }
            if c == "\n" && !inQuotes { ends += 1; if ends == count + 1 { break } }
        }
        out += "900001,1,30,Bad,\"\(hostileText)\",1,0,0,General,Tops,Knits\n"
        out += "900002,1,30,=HYPERLINK(1),\"\(formulaText)\",5,1,0,General,Tops,Knits\n"
        out += "900003,1,30,Empty,,3,1,0,General,Tops,Knits\n"
        return try MTMCommand.temporaryFile(Array(out.utf8), suffix: ".csv")
    }

    static func outDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("mtm-analyze-\(UUID().uuidString)")
    }

    static func analyze(_ input: URL, out: URL, _ extra: [String] = []) throws -> MTMCommand.Result {
        try MTMCommand.run(["analyze", input.path, "--taxonomy", "ecommerce", "--out", out.path,
                            "--segment-column", "Department Name"] + extra)
    }

    static func summary(_ out: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: out.appendingPathComponent("summary.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func csvRows(_ url: URL) throws -> Int {
        // Records end with CRLF; line breaks inside quoted fields are bare LF.
        try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n").count - 2
    }

    @Test func writesEveryFileWithReconcilingCountsAndEscapedText() throws {
        let input = try Self.sample(records: 400)
        let out = Self.outDirectory()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: out) }
        let result = try Self.analyze(input, out: out, ["--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["moments.csv", "touchpoints.csv", "touchpoint_emotions.csv", "stages.csv", "drivers.csv",
                     "segments.csv", "mentions.csv", "records.csv", "rejects.csv", "summary.json", "mtm.xlsx",
                     "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "missing \(name)")
        }
        let counts = try #require(try Self.summary(out)["counts"] as? [String: Int])
        let read = try #require(counts["read"]), scored = try #require(counts["scored"]),
            rejected = try #require(counts["rejected"])
        #expect(read == 403)
        #expect(read == scored + rejected)
        #expect(rejected >= 1, "the empty review is rejected")
        #expect(try Self.csvRows(out.appendingPathComponent("records.csv")) == scored)
        #expect(try Self.csvRows(out.appendingPathComponent("rejects.csv")) == rejected)
        #expect(try Self.csvRows(out.appendingPathComponent("moments.csv")) >= 1)

        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!html.contains("<script>alert('mtm')"))
        #expect(!html.contains("<script"))
        let mentions = try String(contentsOf: out.appendingPathComponent("mentions.csv"), encoding: .utf8)
        #expect(mentions.contains("&lt;script&gt;") == false && mentions.contains("<script>alert('mtm')</script>"),
                "CSV keeps the text as text")
        #expect(mentions.contains(",'=SUM(A1) the fabric is lovely"), "formula text is neutralised")
        #expect(result.stderr.contains("read 403 = scored \(scored) + rejected \(rejected)"))
        #expect(result.stderr.contains("top moments:"))
    }

    @Test func sameOutputForEveryJobCount() throws {
        let input = try Self.sample(records: 300)
        let one = Self.outDirectory(), two = Self.outDirectory(), three = Self.outDirectory()
        defer { for u in [input, one, two, three] { try? FileManager.default.removeItem(at: u) } }
        for (out, jobs) in [(one, "1"), (two, "2"), (three, "3")] {
            let result = try Self.analyze(input, out: out, ["--jobs", jobs, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty || !result.stderr.contains("top moments"), "--quiet prints no summary")
        }
        for name in ["moments.csv", "summary.json", "records.csv", "mentions.csv", "drivers.csv", "report.html",
                     "mtm.xlsx"] {
            let a = try Data(contentsOf: one.appendingPathComponent(name))
            #expect(a == (try Data(contentsOf: two.appendingPathComponent(name))), "\(name) differs for --jobs 1 and 2")
            #expect(a == (try Data(contentsOf: three.appendingPathComponent(name))), "\(name) differs for --jobs 1 and 3")
        }
    }

    /// Whether python3 can import openpyxl (CI installs it: `.ci/install-checkers`).
    static let openpyxlAvailable: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import openpyxl"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    @Test(.enabled(if: AnalyzeCommandTests.openpyxlAvailable, "python3 with openpyxl is not available (pip install openpyxl)"))
    func workbookRoundTripsThroughOpenpyxl() throws {
        let input = try Self.sample(records: 200)
        let out = Self.outDirectory()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: out) }
        #expect(try Self.analyze(input, out: out, ["--quiet", "--format", "xlsx,json"]).status == 0)
        let counts = try #require(try Self.summary(out)["counts"] as? [String: Int])
        let script = """
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        r = wb["Records"]
        print(r.max_row - 1)
        print(isinstance(r.cell(2, 6).value, float))
        print(wb["Moments"].freeze_panes)
        """
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", script, out.appendingPathComponent("mtm.xlsx").path]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        #expect(output == "\(counts["scored"] ?? -1)\nTrue\nA2\n")
    }

    @Test func refusesANonEmptyDirectoryUnlessForced() throws {
        let input = try Self.sample(records: 20)
        let out = Self.outDirectory()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: out) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let refused = try Self.analyze(input, out: out, ["--quiet"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        let forced = try Self.analyze(input, out: out, ["--quiet", "--force", "--format", "html"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["notes.txt", "report.html"])
    }

    @Test func aFailedRunLeavesNoOutput() throws {
        let out = Self.outDirectory()
        let result = try MTMCommand.run(["analyze", "/nonexistent/reviews.csv", "--taxonomy", "ecommerce", "--out", out.path])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.contains(out.lastPathComponent) })
    }

    @Test(arguments: [
        ("Tests/MTMIngestTests/Fixtures/interview.vtt", "saas"),
        ("Tests/MTMScrapeTests/Fixtures/yelp_modern.html", "hospitality"),
    ])
    func analysesTranscriptsAndPages(_ path: String, _ taxonomy: String) throws {
        let input = MTMCommand.repositoryRoot.appendingPathComponent(path)
        let out = Self.outDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try MTMCommand.run(["analyze", input.path, "--taxonomy", taxonomy, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let counts = try #require(try Self.summary(out)["counts"] as? [String: Int])
        #expect((counts["scored"] ?? 0) > 0)
        #expect(counts["read"] == (counts["scored"] ?? 0) + (counts["rejected"] ?? 0))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    }

    @Test func bundledCorpusCountsReconcile() throws {
        let out = Self.outDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.analyze(Self.corpus, out: out, ["--format", "json,csv", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let counts = try #require(try Self.summary(out)["counts"] as? [String: Int])
        #expect(counts["read"] == 5000)
        #expect(counts["read"] == (counts["scored"] ?? 0) + (counts["rejected"] ?? 0))
        let moments = try #require(try Self.summary(out)["moments"] as? [[String: Any]])
        #expect(!moments.isEmpty && moments.allSatisfy { !(($0["reason"] as? String) ?? "").isEmpty })
    }
}

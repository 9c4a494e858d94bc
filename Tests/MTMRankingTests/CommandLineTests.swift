import Foundation
import MTMAggregate
import Testing
@testable import MTMRanking

/// `mtm merge` and `mtm rank` run as the built binary on partials written here.
struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/mtm")
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    static func run(_ args: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(.enabled(if: binaryExists, "build the mtm binary first (swift build)"))
    func mergeThenRankWritesTablesAndMoments() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = SyntheticCorpus.generate(records: 600, noise: 0.2, seed: 9)
        var whole = Partial()
        for r in corpus { whole.add(r) }
        for shard in 0..<3 {
            var p = Partial()
            for (i, r) in corpus.enumerated() where i % 3 == shard { p.add(r) }
            try Data(p.jsonText.utf8).write(to: dir.appendingPathComponent("shard\(shard).json"))
        }
        let merged = dir.appendingPathComponent("merged").path
        let m = try Self.run(["merge", dir.appendingPathComponent("shard2.json").path,
                              dir.appendingPathComponent("shard0.json").path,
                              dir.appendingPathComponent("shard1.json").path, "--out", merged])
        #expect(m.status == 0, "\(m.stderr)")
        let partialText = try String(contentsOfFile: merged + "/partial.json", encoding: .utf8)
        #expect(partialText == whole.jsonText + "\n")
        for name in ["touchpoints.csv", "touchpoint_emotions.csv", "stage_emotions.csv", "stages.csv", "tables.json"] {
            #expect(FileManager.default.fileExists(atPath: merged + "/" + name), "\(name)")
        }
        let out = dir.appendingPathComponent("ranked").path
        let r = try Self.run(["rank", merged, "--out", out, "--bootstrap", "20"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("1\tpain point\tBilling — ") == true)
        let moments = try String(contentsOfFile: out + "/moments.csv", encoding: .utf8)
        #expect(moments.hasPrefix("rank,touchpoint,label,class,score,reason"))
        #expect(moments.split(separator: "\n").count == 5)
        #expect(FileManager.default.fileExists(atPath: out + "/ranking.json"))
        // Same input, same bytes.
        let again = dir.appendingPathComponent("again").path
        _ = try Self.run(["rank", merged + "/partial.json", "--out", again, "--bootstrap", "20"])
        #expect(try String(contentsOfFile: again + "/ranking.json", encoding: .utf8)
            == String(contentsOfFile: out + "/ranking.json", encoding: .utf8))
    }

    @Test(.enabled(if: binaryExists, "build the mtm binary first (swift build)"))
    func badInputsExitWithTheirCodes() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.json")
        try Data("{\"format\":\"mtm-partial\",\"version\":1}".utf8).write(to: bad)
        let r = try Self.run(["rank", bad.path, "--out", dir.appendingPathComponent("o").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.json") && r.stderr.contains("configuration"))
        let missing = try Self.run(["merge", dir.appendingPathComponent("nope.json").path, "--out", dir.path])
        #expect(missing.status == 1 && missing.stderr.contains("nope.json"))
        let usage = try Self.run(["rank", bad.path, "--out", dir.path, "--top", "0"])
        #expect(usage.status == 2)
    }
}

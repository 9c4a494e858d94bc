#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MTMIngest
import MTMRecord
import Testing

/// Fixture paths (found from this file) and a helper that drains a source into its events.
enum Fixture {
    static let folder: String = {
        let file = "\(#filePath)"
        return String(file[..<file.lastIndex(of: "/")!]) + "/Fixtures"
    }()

    static func path(_ name: String) -> String { folder + "/" + name }

    /// `../shared/corpora` next to the repository root.
    static let corpora: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Support.swift, MTMIngestTests, Tests
        return parts.joined(separator: "/") + "/../shared/corpora"
    }()

    static func exists(_ path: String) -> Bool { access(path, R_OK) == 0 }

    /// Writes `bytes` to a fresh file under /tmp and returns its path.
    static func temporary(_ name: String, _ bytes: [UInt8]) -> String {
        // A random part keeps parameterised cases, which run in parallel, from writing one another's files.
        let path = "/tmp/mtm-ingest-test-\(getpid())-\(UInt64.random(in: 0...UInt64.max))-\(name)"
        let f = fopen(path, "wb")!
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
        return path
    }
}

/// The raw bytes of a file.
func readFile(_ path: String) throws -> [UInt8] {
    guard let f = fopen(path, "rb") else { throw IngestError.cannotOpen(path: path, reason: "fopen failed") }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    return bytes
}

struct Drained {
    var records: [FeedbackRecord] = []
    var rejections: [Rejection] = []
    var findings: [Finding] = []
    var choices: [IngestChoice] = []
    var counts = IngestCounts()

    func choice(_ subject: String) -> String? { choices.first { $0.subject == subject }?.value }
    func has(_ code: String) -> Bool { findings.contains { $0.code == code } || rejections.contains { $0.finding.code == code } }
}

func drain(_ path: String, _ configure: (inout IngestOptions) -> Void = { _ in }) throws -> Drained {
    var options = IngestOptions()
    configure(&options)
    var source = try InputOpener.open(path, options: options)
    var result = Drained()
    while let event = try source.next() {
        result.counts.count(event)
        switch event {
        case let .record(r): result.records.append(r)
        case let .rejected(r): result.rejections.append(r)
        case let .finding(f): result.findings.append(f)
        case let .choice(c): result.choices.append(c)
        }
    }
    return result
}

/// Reading `path` either succeeds with counts that reconcile (read = records + rejected) or fails with an
/// `IngestError` that says what went wrong; any other error, or a crash, fails the test.
func expectReadsOrFailsCleanly(_ path: String) throws {
    do {
        let d = try drain(path)
        #expect(d.counts.read == d.counts.records + d.counts.rejected)
    } catch let error as IngestError {
        #expect(!error.description.isEmpty)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import MTMRecord

/// Runs the built `mtm` binary (from this package's .build) and captures its output and exit status.
enum MTMBinary {
    static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static var path: String? {
        for config in ["debug", "release"] {
            let p = root + "/.build/\(config)/mtm"
            if access(p, X_OK) == 0 { return p }
        }
        return nil
    }

    /// Runs `mtm arguments...`; returns standard output, standard error and the exit status.
    static func run(_ arguments: [String]) -> (out: String, err: String, status: Int32) {
        let tag = "/tmp/mtm-cli-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let quoted = ([path!] + arguments).map { "'" + $0.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'" }
        let status = system(quoted.joined(separator: " ") + " >\(tag).out 2>\(tag).err")
        defer { unlink(tag + ".out"); unlink(tag + ".err") }
        return (read(tag + ".out"), read(tag + ".err"), status >> 8 & 0xFF)
    }

    static func read(_ path: String) -> String {
        guard let f = fopen(path, "rb") else { return "" }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

let fixtures = MTMBinary.root + "/Tests/MTMIngestTests/Fixtures/"

@Test(.enabled(if: MTMBinary.path != nil, "build mtm first (swift build)"))
func transcriptWritesACodedSegmentsTable() {
    let r = MTMBinary.run(["transcript", fixtures + "interview.vtt"])
    #expect(r.status == 0)
    let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "document,turn,speaker,role,start,end,text,touchpoints,sentiment,emotions")
    #expect(lines[2] == "\(fixtures)interview.vtt,2,Guest,participant,00:00:04.000,00:00:09.000,It was slow & the queue was long. Really long.,,,")
    #expect(r.err.contains("interviewer: Interviewer (asks the most questions"))
    #expect(r.err.contains("read 3, turns 3, rejected 0"))
}

@Test(.enabled(if: MTMBinary.path != nil, "build mtm first (swift build)"))
func transcriptJSONLAndInterviewerOption() throws {
    let r = MTMBinary.run(["transcript", "--format", "jsonl", "--interviewer", "Guest", fixtures + "interview.srt"])
    #expect(r.status == 0)
    let first = try JSONParser.parse(String(r.out.split(separator: "\n")[0]))
    #expect(first["speaker"] == .string("Interviewer"))
    #expect(first["role"] == .string("participant"))
    #expect(first["start_time"] == .number(0.5))
    #expect(first["turn"] == .number(1))
}

@Test(.enabled(if: MTMBinary.path != nil, "build mtm first (swift build)"))
func transcriptStrictFailsWithPlaceAndNextStep() {
    let path = "/tmp/mtm-cli-strict-\(getpid()).vtt"
    let f = fopen(path, "wb")!
    fputs("WEBVTT\n\n00:xx --> 00:01.000\nlost\n", f)
    fclose(f)
    defer { unlink(path) }
    let r = MTMBinary.run(["transcript", "--strict", path])
    #expect(r.status == 1)
    #expect(r.err.contains("\(path):3: "))
    #expect(r.err.contains(" — "))
    let missing = MTMBinary.run(["transcript", "/no/such/file.vtt"])
    #expect(missing.status == 1)
    #expect(missing.err.contains("cannot open"))
}

import Foundation

/// Runs the built `mtm` binary for end-to-end tests: `try MTMCommand.run(["tokenize", "-"], stdin: "text")`.
///
/// The binary is found from this file's path (repository root/.build/debug/mtm, or the folder `swift build` names
/// for this platform), or from `MTM_BINARY` when set. `swift build` (or `swift test`, which builds every product)
/// must have run first.
enum MTMCommand {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard output split into lines, without the final empty one.
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository root (two folders above Tests/mtmTests).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["MTM_BINARY"] { return URL(fileURLWithPath: path) }
        let build = repositoryRoot.appendingPathComponent(".build")
        var candidates = [build.appendingPathComponent("debug/mtm")]
        if let triples = try? FileManager.default.contentsOfDirectory(atPath: build.path) {
            candidates += triples.sorted().map { build.appendingPathComponent("\($0)/debug/mtm") }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotBuilt(description: "no mtm binary under \(build.path) — run `swift build` first or set MTM_BINARY")
        }
        return found
    }

    /// Runs `mtm arguments…` with `stdin` as standard input (bytes, so tests can send invalid UTF-8), from
    /// `directory` (default: the repository root).
    static func run(_ arguments: [String], stdin: [UInt8] = [], in directory: URL? = nil) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("stdin"), output = scratch.appendingPathComponent("stdout"),
            errors = scratch.appendingPathComponent("stderr")
        try Data(stdin).write(to: input)
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }

    static func run(_ arguments: [String], stdin: String, in directory: URL? = nil) throws -> Result {
        try run(arguments, stdin: Array(stdin.utf8), in: directory)
    }

    /// A temporary file holding `bytes`, removed by the caller.
    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url
    }
}

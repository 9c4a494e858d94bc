import Foundation
import Testing

/// An interrupted `mtm analyze` removes its staging directory and leaves `--out` untouched.
@Suite struct AnalyzeInterruptTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func interruptedRunLeavesNoStagingDirectory(_ signal: Int32) throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        // Enough records that the run is still scoring when the signal arrives.
        let reviews = MTMCommand.repositoryRoot.appendingPathComponent("Corpora/clothing-reviews/reviews.csv")
        let process = Process()
        process.executableURL = try MTMCommand.binary()
        process.arguments = ["analyze", reviews.path, reviews.path, reviews.path, reviews.path, "--taxonomy", "ecommerce",
                             "--out", work.appendingPathComponent("out").path, "--quiet", "--jobs", "1"]
        process.currentDirectoryURL = MTMCommand.repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the staging directory to appear (it is made before any record is read).
        var staged: [String] = []
        for _ in 0..<400 where staged.isEmpty && process.isRunning {
            staged = (try? FileManager.default.contentsOfDirectory(atPath: work.path))?
                .filter { $0.contains(".mtm-tmp-") } ?? []
            if staged.isEmpty { usleep(25_000) }
        }
        try #require(!staged.isEmpty && process.isRunning, "the run ended before it could be interrupted")
        // The handlers are armed before the directory is made; give the dispatch sources a moment to register.
        usleep(200_000)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        let left = try FileManager.default.contentsOfDirectory(atPath: work.path)
        #expect(left.isEmpty, "left behind: \(left)")
    }
}

import Testing

/// `mtm` itself (Sources/mtm/MTM.swift): the version, the top-level help and its exit codes.
@Suite struct RootCommandTests {
    @Test func versionPrintsTheReleaseNumber() throws {
        let result = try MTMCommand.run(["--version"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.lines.first?.split(separator: ".").count == 3)
        #expect(result.lines.first?.split(separator: ".").allSatisfy { Int($0) != nil } == true)
    }

    @Test func helpListsSubcommandsWithExamples() throws {
        let result = try MTMCommand.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        for subcommand in ["analyze", "tokenize", "score", "explain", "tag", "eval"] {
            #expect(result.stdout.contains("\n  \(subcommand) "), "help should list \(subcommand)")
        }
    }

    @Test func unknownSubcommandIsAUsageErrorOnStandardError() throws {
        let result = try MTMCommand.run(["tokenise"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }
}

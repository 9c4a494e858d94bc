import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mtm`: finds the Moments That Matter in customer feedback. One file per subcommand.
@main
struct MTM: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "mtm",
        abstract: "Find the Moments That Matter in customer feedback.",
        discussion: """
        A staged pipeline: ingest → text (ICU) → score → aggregate → rank → report.
        Input '-' is standard input; JSONL goes to standard output; progress, findings and summaries to standard
        error. Exit codes: 0 success, 1 run failed, 2 usage error.

        Examples:
          mtm tokenize Corpora/samples/reviews.txt
          echo "The check-in was sooo slow!!! 😡" | mtm tokenize --format tsv
        """,
        version: version,
        subcommands: [Analyze.self, Tokenize.self, Transcript.self, Score.self, Explain.self, Tag.self, TaxonomyCommand.self,
                      Scrape.self, Merge.self, Rank.self, Eval.self]
    )

    /// Runs the command with the project's exit codes: usage errors exit 2 (ArgumentParser's default is 64),
    /// run failures exit 1, and every error message goes to standard error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation_exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardError.write("mtm: " + message + "\n") }
            if error is RunFailure || code == .failure {
                Foundation_exit(1)
            }
            Foundation_exit(code == .validationFailure || error is ValidationError || isUsage(error) ? 2 : 1)
        }
    }

    private static func isUsage(_ error: Error) -> Bool {
        exitCode(for: error).rawValue == 64
    }
}

/// A failure of the run itself (bad input under --strict, an unreadable file): exit status 1.
struct RunFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

@inline(__always) func Foundation_exit(_ code: Int32) -> Never {
    fflush(nil)
    exit(code)
}

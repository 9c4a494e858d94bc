import ArgumentParser

/// `mtm eval`: measure mtm against gold data. Subcommands: `sentiment`, `tagging`.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure mtm's output against gold annotations.",
        subcommands: [EvalSentiment.self, EvalTagging.self]
    )
}

import ArgumentParser

/// `mtm eval`: measure mtm against gold data. Subcommands: `sentiment` (and `tagging` once it lands).
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure mtm's output against gold annotations.",
        subcommands: [EvalSentiment.self]
    )
}

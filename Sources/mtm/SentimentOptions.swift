import ArgumentParser
import Foundation
import MTMLexicon
import MTMRecord
import MTMScoring

/// Options shared by `score`, `explain` and `eval sentiment`: which model, which lexicons.
struct SentimentOptions: ParsableArguments {
    @Option(help: "Sentiment model: mtm (default: VADER's rules with fixes and the CX overlay) or vader (vaderSentiment 3.3.2 compatible).")
    var model: String = SentimentModel.mtm.rawValue

    @Option(help: "Lexicons folder (default: found from the binary, $MTM_LEXICONS, or the checkout).")
    var lexicons: String?

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A valence overlay TSV (term TAB valence TAB reason) that adds or overrides entries; repeatable.", valueName: "path"))
    var overlays: [String] = []

    @Option(name: .customLong("emotion-lexicon"), help: ArgumentHelp("An emotion overlay (see Lexicons/emotions/README.md); repeatable.", valueName: "path"))
    var emotionOverlays: [String] = []

    @Flag(name: .customLong("no-emotions"), help: "Skip emotion scoring (emotions print as {}).")
    var noEmotions = false

    @Flag(help: "Treat lexicon findings (malformed lines, unknown columns) as failures.")
    var strict = false

    func validate() throws {
        guard SentimentModel(rawValue: model) != nil else {
            throw ValidationError("unknown --model '\(model)': use mtm or vader")
        }
    }

    /// Loads the engine, writing lexicon findings to standard error; `concurrently` (a run with two or more workers)
    /// builds its two halves on two threads (`SentimentEngine.load`).
    func engine(emotions: Bool = true, concurrently: Bool = false) throws -> SentimentEngine {
        let directory: URL
        do { directory = try LexiconLocator.directory(explicit: lexicons) } catch { throw RunFailure(error.description) }
        do {
            let (engine, findings) = try SentimentEngine.load(model: SentimentModel(rawValue: model)!, directory: directory,
                                                              overlays: overlays.map { URL(fileURLWithPath: $0) },
                                                              emotions: emotions && !noEmotions,
                                                              emotionOverlays: emotionOverlays.map { URL(fileURLWithPath: $0) },
                                                              concurrently: concurrently)
            for finding in findings { StandardError.write("\(finding)\n") }
            if strict, !findings.isEmpty {
                throw RunFailure("\(findings.count) lexicon finding(s) under --strict — fix the lines named above")
            }
            return engine
        } catch let error as LexiconError {
            throw RunFailure(error.description)
        }
    }
}

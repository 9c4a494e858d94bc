import ArgumentParser
import MTMAggregate
import MTMRanking

/// `mtm rank`: ranks the Moments That Matter from a partial (or a directory of partials).
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the Moments That Matter from a partial aggregate and write moments and tables.",
        discussion: """
        INPUT is a partial file (from `mtm analyze --partial-out` or `mtm merge`), a directory (its partial.json,
        or else every *.json in it, merged), or - for standard input.

        Writes to --out: moments.csv, scores.csv, quadrant.csv, drivers.csv, penalty_reward.csv, importance.csv
        (surveys with stated importance), touchpoints.csv, touchpoint_emotions.csv, stage_emotions.csv,
        stages.csv, and ranking.json with every table. Standard output: one line per moment.

        Weights and thresholds come from Lexicons/ranking.yaml (or --weights FILE); the reasons for each default
        are written in that file. Ties are broken by records mentioning, then touchpoint id.

        Examples:
          mtm rank merged/partial.json --out report
          mtm rank merged --out report --top 6 --weights my-weights.yaml
        """
    )

    @Argument(help: "Partial file, directory of partials, or - for standard input.")
    var input: String

    @Option(help: "Output directory.")
    var out: String

    @Option(help: "Moments to report (default: top in ranking.yaml, 4).")
    var top: Int?

    @Option(help: "Ranking weights YAML (default: ranking.yaml in the lexicon folder).")
    var weights: String?

    @OptionGroup var tables: TableOptions

    @Option(help: "Bootstrap resamples for the driver weights' 95% intervals (0 turns them off).")
    var bootstrap: Int = DriverConfiguration().bootstrapResamples

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if bootstrap < 0 { throw ValidationError("--bootstrap must be 0 or more") }
    }

    func run() throws {
        let partial = try PartialFiles.merge([input])
        var config = try tables.configuration(weights: weights)
        if let top { config.top = top }
        var drivers = DriverConfiguration()
        drivers.bootstrapResamples = bootstrap
        let ranking = Ranking(partial: partial, configuration: config, drivers: drivers)
        try PartialFiles.writeTables(ranking.namedTables, to: out, jsonName: "ranking.json")
        var stdout = StandardOutput()
        for m in ranking.moments {
            stdout.writeLine("\(m.rank)\t\(m.score.kind.rawValue)\t\(m.reason)")
        }
        stdout.flush()
        if ranking.moments.isEmpty {
            StandardError.write("mtm rank: no touchpoint has \(config.minimumMentions) or more mentions; "
                + "nothing to rank (the tables are written)\n")
        }
        if let d = ranking.drivers ?? ranking.surveyDrivers {
            StandardError.write("mtm rank: drivers (\(d.mode.rawValue)) R² = \(JSONWriterFormat.short(d.rSquared)), "
                + "n = \(d.n), Shapley \(d.shapleyMethod)\n")
        } else {
            StandardError.write("mtm rank: no driver analysis (needs rated records and touchpoints with "
                + "\(DriverConfiguration().minimumRecords)+ rated mentions); impact uses the rating gap or 0\n")
        }
    }
}

enum JSONWriterFormat {
    static func short(_ v: Double) -> String { String((v * 10000).rounded() / 10000) }
}

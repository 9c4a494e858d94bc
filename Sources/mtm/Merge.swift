import ArgumentParser
import MTMAggregate
import MTMRanking

/// `mtm merge`: merges partial aggregates (from `mtm analyze --partial-out`, one per shard) and writes the tables.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial aggregates from sharded runs and write the touchpoint tables.",
        discussion: """
        Each FILE is a partial written by `mtm analyze --partial-out` (or by an earlier merge); a directory stands
        for its partial.json, or else every *.json in it; - reads one partial from standard input. Merging is exact
        and order-free: any sharding of the same records gives the same bytes.

        Writes to --out: partial.json (the merged partial, for `mtm rank` or further merges), touchpoints.csv,
        touchpoint_emotions.csv, stage_emotions.csv, stages.csv and tables.json.

        Examples:
          mtm merge shards/*.json --out merged
          mtm merge run-a/partial.json run-b/partial.json --out both && mtm rank both --out both
        """
    )

    @Argument(help: "Partial files or directories (- for standard input).")
    var files: [String]

    @Option(help: "Output directory.")
    var out: String

    @OptionGroup var tables: TableOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one partial file or directory") }
    }

    func run() throws {
        let merged = try PartialFiles.merge(files)
        let arousal = try tables.configuration(weights: nil).highArousal
        try PartialFiles.write(merged.jsonText + "\n", to: out, name: "partial.json")
        try PartialFiles.writeTables(RunTables(partial: merged, highArousal: arousal).namedTables, to: out)
        StandardError.write("mtm merge: \(merged.overall.records) records, "
            + "\(merged.overall.touchpoints.count) touchpoints → \(out)\n")
    }
}

import ArgumentParser
import Foundation
import MTMAggregate
import MTMIngest
import MTMLexicon
import MTMRanking
import MTMRecord
import MTMReport
import MTMScoring
import MTMScrape

/// `mtm analyze`: exported feedback in, the Moments That Matter out — the whole pipeline in one command, written
/// as CSV files, a workbook, a JSON summary and an HTML report, atomically.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find the Moments That Matter: ingest → text → score → tag → aggregate → rank → report.",
        discussion: """
        INPUT is any mix of review exports (CSV/TSV/JSON/JSONL), plain text, transcripts (VTT, SRT, speaker text),
        saved HTML review pages (.html, .htm) and http(s) URLs; - is standard input.

        Writes to --out: moments.csv, touchpoints.csv, touchpoint_emotions.csv, stages.csv, drivers.csv,
        segments.csv and trends.csv (when the input has segments and dates), mentions.csv, records.csv,
        rejects.csv, summary.json, mtm.xlsx and report.html. Everything is written into a directory beside --out
        and moved into place at the end, so a failed run leaves no half-written file. --force is needed when
        --out already holds files (mtm's files are replaced, others are left alone). The rows of records.csv and
        mentions.csv are kept on disk in that directory while the run works, so memory stays flat however large
        the input is.

        On a terminal, standard error shows records, records/s and, when the inputs are files, the share read
        and the time left.

        Records are processed by --jobs workers, each with its own text analyzer and partial aggregate; the
        partials of fixed-size chunks merge in input order, so the output is the same for every --jobs.

        Examples:
          mtm analyze Corpora/clothing-reviews/reviews.csv --taxonomy ecommerce --out report \\
              --segment-column "Department Name"
          mtm analyze interviews/*.vtt --taxonomy saas --out interviews-report --format html,xlsx
          mtm analyze shard-07.csv --taxonomy banking --out shard-07 --partial-out shard-07.partial.json
        """
    )

    @Argument(help: "Input files, directories, URLs, or - for standard input.")
    var inputs: [String]

    @Option(help: "Touchpoint taxonomy: a name (mtm taxonomy list) or a path to a taxonomy .yaml file.")
    var taxonomy: String = "lifecycle"

    @Option(help: "Output directory.")
    var out: String

    @Option(help: "Outputs to write: a comma-separated subset of csv, xlsx, json, html (default: all).")
    var format: String = "all"

    @Flag(help: "Write into --out even when it already holds files (mtm's files are replaced).")
    var force = false

    @Flag(help: "Start CSV files with a byte-order mark so Excel reads them as UTF-8.")
    var excel = false

    @Option(help: "Worker threads (default: all cores). The output is the same for every value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress line and no summary on standard error (findings and errors still show).")
    var quiet = false

    @Option(name: .customLong("partial-out"), help: "Also write the merged partial aggregate here (for mtm merge).")
    var partialOut: String?

    @Option(help: "Moments to report (default: top in ranking.yaml).")
    var top: Int?

    @Option(help: "Ranking weights YAML (default: ranking.yaml in the lexicon folder).")
    var weights: String?

    @Option(help: "Sentiment model: mtm or vader.")
    var model: String = SentimentModel.mtm.rawValue

    @Option(help: "Report title (default: from the inputs).")
    var title: String?

    @OptionGroup var input: IngestArguments

    /// --lexicons and --high-arousal, shared with mtm merge and mtm rank.
    @OptionGroup var tables: TableOptions

    var lexicons: String? { tables.lexicons }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        guard SentimentModel(rawValue: model) != nil else {
            throw ValidationError("unknown --model '\(model)': use mtm or vader")
        }
        if case .failure(let error) = ReportFormat.parseList(format) { throw ValidationError(error.description) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ValidationError("--out \(out) is a file; give a directory") }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if !contents.isEmpty && !force {
                throw ValidationError("--out \(out) is not empty: choose a new directory or add --force to replace mtm's files in it")
            }
        }
    }

    func run() throws {
        let formats = (try? ReportFormat.parseList(format).get()) ?? Set(ReportFormat.allCases)
        let options = try input.options()
        let setup = try AnalyzeSetup(taxonomy: taxonomy, tables: tables, model: SentimentModel(rawValue: model)!,
                                     weights: weights, quiet: quiet)
        var config = setup.ranking
        if let top { config.top = top }

        // The output's staging directory exists from the start: a bad --out fails before any work, and the
        // per-record and per-mention rows are spooled into it while the records are scored.
        let interrupts = InterruptCleanup()
        defer { interrupts.disarm() }
        let staging: ReportStaging
        let recordSpool: RowSpool?, mentionSpool: RowSpool?
        do {
            staging = try ReportStaging(directory: out, force: force)
            let keepsRows = formats.contains(.csv) || formats.contains(.xlsx)
            recordSpool = keepsRows ? try RowSpool(url: staging.scratch.appendingPathComponent("records.rows")) : nil
            mentionSpool = keepsRows ? try RowSpool(url: staging.scratch.appendingPathComponent("mentions.rows")) : nil
        } catch {
            throw RunFailure("\(error)")
        }
        interrupts.remove(staging.directory)

        let progress = AnalyzeProgress(enabled: !quiet && isatty(2) == 1)
        var pipeline = try AnalyzePipeline(jobs: jobs, engine: setup.engine, tagger: setup.tagger,
                                           records: recordSpool, mentions: mentionSpool)
        let reader = AnalyzeReader(options: options, lexicons: lexicons, quiet: quiet)
        do {
            try reader.read(inputs) { record in
                try pipeline.add(record)
                progress.update(records: pipeline.submitted, bytes: reader.bytesConsumed, totalBytes: reader.totalBytes)
            }
            try pipeline.finish()
        } catch let error as ReportError {
            throw RunFailure("\(error)")
        }
        progress.finish()

        let result = pipeline.result
        let counts = ReportDocument.Counts(
            read: result.scored + reader.rejects.count, scored: result.scored, rejected: reader.rejects.count,
            mentions: result.partial.overall.mentions, recordsWithMentions: result.partial.overall.recordsWithMentions,
            findings: reader.findingCount)
        if let partialOut {
            do { try Data(result.partial.jsonText.utf8).write(to: URL(fileURLWithPath: partialOut), options: .atomic) } catch {
                throw RunFailure("\(partialOut): cannot write the partial (\(error.localizedDescription)); check --partial-out")
            }
        }

        let ranking = Ranking(partial: result.partial, configuration: config)
        var document = ReportDocument(
            ranking: ranking, stageLabels: Dictionary(setup.taxonomy.stages.map { ($0.id, $0.label) }) { a, _ in a },
            title: title ?? Self.defaultTitle(inputs: inputs, taxonomy: setup.taxonomy), generator: "mtm \(MTM.version)",
            inputs: inputs, taxonomy: setup.taxonomy.name, counts: counts)
        document.segmentNames = result.segmentNames
        document.recordSpool = recordSpool
        document.mentionSpool = mentionSpool
        document.rejects = reader.rejects

        let written: ReportWriter.Result
        do {
            written = try ReportWriter(formats: formats, force: force, excelCSV: excel).write(document, into: staging)
        } catch {
            throw RunFailure("\(error)")
        }
        if !quiet { AnalyzeSummary.write(document, files: written, out: out) }
        if options.strict && reader.findingCount > 0 {
            throw RunFailure("\(reader.findingCount) finding(s) under --strict")
        }
    }

    static func defaultTitle(inputs: [String], taxonomy: Taxonomy) -> String {
        let names = inputs.map { $0 == "-" ? "standard input" : URL(fileURLWithPath: $0).lastPathComponent }
        let shown = names.prefix(2).joined(separator: ", ") + (names.count > 2 ? " and \(names.count - 2) more" : "")
        let domain = taxonomy.title.isEmpty ? taxonomy.name : taxonomy.title
        return "Moments That Matter — \(shown) (\(domain))"
    }
}

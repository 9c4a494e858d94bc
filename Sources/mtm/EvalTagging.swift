import ArgumentParser
import Foundation
import MTMLexicon
import MTMScoring
import MTMText

/// `mtm eval tagging`: touchpoint detection and mention polarity against a gold CSV. Registered under `mtm eval`.
struct EvalTagging: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagging",
        abstract: "Per-touchpoint precision/recall/F1 and mention polarity accuracy against a gold CSV.",
        discussion: """
        Gold CSV: header with `text` and `touchpoints`, optional `taxonomy`. `touchpoints` is a ;-list of ids with an
        optional polarity: "food:positive;staff:negative;parking". With a `taxonomy` column and no --taxonomy, each
        taxonomy's rows are scored with that taxonomy; with --taxonomy, only rows of that taxonomy (or all rows when
        the file has no `taxonomy` column). Output: TSV per touchpoint on stdout, summary per taxonomy on stderr.

        Examples:
          mtm eval tagging --gold Tests/MTMScoringTests/Fixtures/tagging-gold.csv
          mtm eval tagging --gold my-gold.csv --taxonomy ./my-taxonomy.yaml --errors
        """
    )

    @Option(help: "Gold CSV file.")
    var gold: String

    @Option(help: "Taxonomy name or path (default: the taxonomy column of each row).")
    var taxonomy: String?

    @Option(help: "Lexicons folder (default: the one shipped with mtm, or $MTM_LEXICONS).")
    var lexicons: String?

    @Flag(help: "List the rows the tagger got wrong on stderr.")
    var errors = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold), let csv = String(data: data, encoding: .utf8) else {
            throw RunFailure("\(gold): cannot read the gold file — check the path")
        }
        let goldFile: TouchpointGold
        do { goldFile = try TouchpointGold(csv: csv, path: gold) } catch { throw RunFailure(error.description) }
        let catalog: TaxonomyCatalog
        do { catalog = try TaxonomyCatalog(lexicons: lexicons) } catch { throw RunFailure(error.description) }
        var groups: [(name: String, rows: [TouchpointGold.Row])] = []
        if let taxonomy {
            let name = URL(fileURLWithPath: taxonomy).deletingPathExtension().lastPathComponent
            let rows = goldFile.rows.filter { $0.taxonomy == nil || $0.taxonomy == name || $0.taxonomy == taxonomy }
            groups = [(taxonomy, rows)]
        } else {
            for row in goldFile.rows {
                guard let name = row.taxonomy, !name.isEmpty else {
                    throw RunFailure("\(gold):\(row.line): no taxonomy for this row — add a `taxonomy` column or pass --taxonomy")
                }
                if let index = groups.firstIndex(where: { $0.name == name }) { groups[index].rows.append(row) } else {
                    groups.append((name, [row]))
                }
            }
        }
        let analyzer: TextAnalyzer
        do { analyzer = try TextAnalyzer() } catch { throw RunFailure(error.description) }
        let scorer = try TagScorer.make(lexicons: lexicons)
        var out = StandardOutput()
        out.writeLine("taxonomy\ttouchpoint\ttp\tfp\tfn\tprecision\trecall\tf1")
        var total = TouchpointEvaluation()
        var macroSum = 0.0
        for group in groups {
            let loaded: Taxonomy
            do { loaded = try catalog.load(group.name) } catch { throw RunFailure(error.description) }
            for row in group.rows {
                for id in row.touchpoints.keys where loaded.touchpoint(id) == nil {
                    throw RunFailure("\(gold):\(row.line): touchpoint `\(id)` is not in taxonomy \(loaded.name) — fix the id (mtm taxonomy show \(loaded.name))")
                }
            }
            let result = TouchpointEvaluation.evaluate(group.rows, tagger: TouchpointTagger(taxonomy: loaded),
                                                       analyze: analyzer.analyze, scorer: scorer)
            for id in result.perTouchpoint.keys.sorted() {
                let c = result.perTouchpoint[id]!
                out.writeLine([loaded.name, id, String(c.truePositives), String(c.falsePositives), String(c.falseNegatives),
                               Self.format(c.precision), Self.format(c.recall), Self.format(c.f1)].joined(separator: "\t"))
            }
            StandardError.write("\(loaded.name): \(result.rows) rows, macro F1 \(Self.format(result.macroF1)), micro F1 \(Self.format(result.micro.f1)), polarity accuracy \(Self.format(result.polarityAccuracy)) (\(result.polarityCorrect)/\(result.polarityTotal))\n")
            if errors {
                for miss in result.misses {
                    var parts: [String] = []
                    if !miss.missing.isEmpty { parts.append("missed " + miss.missing.joined(separator: ",")) }
                    if !miss.extra.isEmpty { parts.append("extra " + miss.extra.joined(separator: ",")) }
                    if !miss.polarity.isEmpty { parts.append("polarity " + miss.polarity.joined(separator: ", ")) }
                    StandardError.write("  \(gold):\(miss.line): \(parts.joined(separator: "; ")) | \(miss.text)\n")
                }
            }
            macroSum += result.macroF1 * Double(result.perTouchpoint.count)
            for (id, c) in result.perTouchpoint { total.perTouchpoint[loaded.name + "/" + id] = c }
            total.rows += result.rows
            total.polarityCorrect += result.polarityCorrect
            total.polarityTotal += result.polarityTotal
        }
        out.flush()
        if groups.count > 1 {
            StandardError.write("all: \(total.rows) rows, macro F1 \(Self.format(total.macroF1)), micro F1 \(Self.format(total.micro.f1)), polarity accuracy \(Self.format(total.polarityAccuracy)) (\(total.polarityCorrect)/\(total.polarityTotal))\n")
        }
        if scorer == nil { StandardError.write("note: no sentiment engine wired, polarity is neutral for every mention\n") }
    }

    static func format(_ x: Double) -> String {
        String(format: "%.3f", x)
    }
}

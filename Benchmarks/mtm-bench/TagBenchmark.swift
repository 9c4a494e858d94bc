import Foundation
import MTMLexicon
import MTMScoring
import MTMText

/// `mtm-bench tag`: touchpoint tagging of the bundled clothing reviews (Corpora/clothing-reviews, 5,000 records)
/// with the largest shipped taxonomy (`ecommerce`) and with the same taxonomy plus 10,000 synthetic phrases. The text
/// stage runs once beforehand; the figures are records per CPU second (the machine may be shared) and per wall second of the matcher alone (detection) and of detection with
/// clause sentiment (the `mtm` sentiment engine). The synthetic phrases never occur in the corpus, so both
/// taxonomies must find exactly the same mentions, and their count is checked against the known one.
enum TagBenchmark {
    static let benchmark = Benchmark(
        name: "tag",
        summary: "touchpoint tagging records/s on the clothing reviews: ecommerce taxonomy vs +10,000 synthetic phrases [--passes N]",
        run: run)

    /// Mentions the `ecommerce` taxonomy finds in the 5,000 clothing reviews (update when the taxonomy changes).
    static let expectedMentions = 32_928
    static let syntheticPhrases = 10_000

    struct Failure: Error, CustomStringConvertible { var description: String }

    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Review texts of the clothing corpus (column "Review Text"), empty ones skipped.
    static func reviews() throws -> [String] {
        let path = root.appendingPathComponent("Corpora/clothing-reviews/reviews.csv").path
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "cannot read \(path)") }
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, previousQuote = false
        for c in String(decoding: data, as: UTF8.self) {
            if quoted {
                if c == "\"" { quoted = false; previousQuote = true } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": if previousQuote { field.append("\"") }; quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(c)
            }
            previousQuote = false
        }
        guard let header = rows.first, let column = header.firstIndex(of: "Review Text") else {
            throw Failure(description: "\(path): no `Review Text` column")
        }
        return rows.dropFirst().compactMap { $0.count > column && !$0[column].isEmpty ? $0[column] : nil }
    }

    /// `base` plus `count` phrases of made-up words (the digits of n spelled in syllables, so every phrase differs),
    /// a quarter of them starting with a real review word so the trie's busy branches grow too.
    static func synthetic(_ base: Taxonomy, count: Int) -> Taxonomy {
        let syllables = ["zor", "qua", "blin", "trex", "vum", "plo", "snar", "kwi", "drub", "yelt", "frim", "glox"]
        let starters = ["delivery", "fabric", "size", "color", "price", "return"]
        var touchpoints = base.touchpoints
        var phrases: [String] = []
        for n in 0..<count {
            var digits = n + count, word = ""
            while digits > 0 { word += syllables[digits % syllables.count]; digits /= syllables.count }
            let first = n % 4 == 0 ? starters[n % starters.count] : word
            phrases.append("\(first) \(word) \(syllables[n % syllables.count])")
            if phrases.count == 100 || n == count - 1 {
                touchpoints.append(TouchpointDefinition(id: "synthetic-\(n)", label: "Synthetic", stage: base.stages[0].id,
                                                        phrases: phrases))
                phrases = []
            }
        }
        return Taxonomy(name: base.name + "+synthetic", stages: base.stages, touchpoints: touchpoints)
    }

    static func run(_ arguments: [String]) throws -> Bool {
        var passes = 3
        if let i = arguments.firstIndex(of: "--passes"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) { passes = n }
        let texts = try reviews()
        let analyzer = try TextAnalyzer()
        var start = ContinuousClock.now
        let analyzed = texts.map { analyzer.analyze($0) }
        let textSeconds = seconds(since: start)
        print("corpus: \(texts.count) clothing reviews, text stage \(String(format: "%.2f", textSeconds)) s (excluded below)")

        let catalog = TaxonomyCatalog(directory: root.appendingPathComponent("Lexicons/touchpoints"))
        let largest = try catalog.names().map { try catalog.load($0) }.max { $0.phraseCount < $1.phraseCount }!
        let big = synthetic(largest, count: syntheticPhrases)
        let (engine, _) = try SentimentEngine.load(model: .mtm, directory: root.appendingPathComponent("Lexicons"))
        var counts: [Int] = []
        for taxonomy in [largest, big] {
            start = ContinuousClock.now
            let tagger = TouchpointTagger(taxonomy: taxonomy)
            let compile = seconds(since: start)
            for scorer in [nil, engine] as [(any ClauseScoring)?] {
                var mentions = 0
                start = ContinuousClock.now
                let cpuStart = TextBenchmark.threadCPUSeconds()
                for _ in 0..<passes {
                    mentions = 0
                    for text in analyzed { mentions += tagger.mentions(in: text, scorer: scorer).count }
                }
                let elapsed = seconds(since: start) / Double(passes)
                let cpu = (TextBenchmark.threadCPUSeconds() - cpuStart) / Double(passes)
                if scorer == nil { counts.append(mentions) }
                print(String(format: "%@: %d phrases (%d patterns, compiled in %.3f s), %@: %.0f records/s per CPU second (%.0f wall), %d mentions",
                             taxonomy.name, taxonomy.phraseCount, tagger.patternCount, compile,
                             scorer == nil ? "detection" : "detection + clause sentiment",
                             Double(analyzed.count) / cpu, Double(analyzed.count) / elapsed, mentions))
            }
        }
        guard counts.allSatisfy({ $0 == expectedMentions }) else {
            Benchmarks.fail("mtm-bench tag: expected \(expectedMentions) mentions with both taxonomies, got \(counts)\n")
            return false
        }
        return true
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

import ArgumentParser
import Foundation
import MTMScoring
import MTMText

/// `mtm explain "TEXT"`: every token's valence, the rules that changed it, then the totals.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a text's sentiment is computed, token by token.",
        discussion: """
        For each sentence: every word/emoticon/phrase the rules saw, its lexicon valence, its valence after the
        rules, and the rules that changed it (booster, negation, ALL CAPS, 'but', idioms...). Then the sentence's
        sum, punctuation emphasis, compound, pos/neu/neg, and the record's combined score.

        Example:
          mtm explain "The staff were NOT helpful, but the room was really nice!!"
        """
    )

    @Argument(help: "The text to explain (or - to read it from standard input).")
    var text: String

    @OptionGroup var sentiment: SentimentOptions

    func run() throws {
        var input = text
        if text == "-" {
            var lines: [String] = []
            while let line = readLine(strippingNewline: true) { lines.append(line) }
            input = lines.joined(separator: "\n")
        }
        let engine = try sentiment.engine()
        let textAnalyzer: TextAnalyzer
        do { textAnalyzer = try TextAnalyzer() } catch { throw RunFailure(error.description) }
        let analyzed = textAnalyzer.analyze(input)
        var out = StandardOutput()
        if let vader = engine.vader {
            let (score, items, traces) = vader.explain(input)
            out.writeLine("model: vader (vaderSentiment 3.3.2; the whole text is one unit)")
            Self.table(items: items, traces: traces, source: { $0.lower }, into: &out)
            Self.totals(score, into: &out)
        } else if let analyzer = engine.analyzer {
            out.writeLine("model: mtm")
            for (index, sentence) in analyzed.sentences.enumerated() {
                out.writeLine("")
                out.writeLine("sentence \(index + 1) [\(sentence.utf8Range.lowerBound)..<\(sentence.utf8Range.upperBound)]: \(analyzed.source(sentence.utf8Range))")
                let (score, items, traces, emphasis) = analyzer.explain(tokens: sentence.tokens[...], in: analyzed)
                Self.table(items: items, traces: traces,
                           source: { $0.utf8Range.map { String(analyzed.source($0)) } ?? $0.lower }, into: &out)
                if emphasis != 0 { out.writeLine("punctuation emphasis (! and ?): ±\(String(format: "%.3f", emphasis))") }
                Self.totals(score, into: &out)
                if let emotions = engine.emotions {
                    Self.emotions(emotions.score(sentence, in: analyzed), into: &out)
                }
            }
            let (record, _) = analyzer.score(analyzed)
            out.writeLine("")
            out.writeLine("record (\(analyzed.sentences.count) sentence(s) combined: mean raw sum of sentiment-carrying sentences × √min(k, 3)):")
            Self.totals(record, into: &out)
            if let emotions = engine.emotions { Self.emotions(emotions.score(analyzed), into: &out) }
        }
        out.flush()
    }

    static func table(items: [SentimentItem], traces: [VaderRules.Trace], source: (SentimentItem) -> String,
                      into out: inout StandardOutput) {
        out.writeLine("  " + "token".padding(toLength: 24, withPad: " ", startingAt: 0) + "lexicon  valence  rules")
        for (item, trace) in zip(items, traces) {
            let base = trace.base.map { String(format: "%+.3f", $0) } ?? "      "
            let value = trace.valence == 0 ? "      " : String(format: "%+.3f", trace.valence)
            var name = source(item)
            if name.count > 23 { name = String(name.prefix(22)) + "…" }
            out.writeLine("  " + name.padding(toLength: 24, withPad: " ", startingAt: 0) + base + "   " + value + "   "
                          + trace.rules.joined(separator: "; "))
        }
    }

    static func emotions(_ e: [String: Double], into out: inout StandardOutput) {
        guard !e.isEmpty else { return }
        out.writeLine("  emotions " + e.keys.sorted().map { "\($0) \(String(format: "%.2f", e[$0]!))" }.joined(separator: ", "))
    }

    static func totals(_ s: SentimentScore, into out: inout StandardOutput) {
        out.writeLine(String(format: "  compound %+.4f  pos %.3f  neu %.3f  neg %.3f  label ", s.compound, s.pos, s.neu,
                             s.neg) + s.label.rawValue)
    }
}

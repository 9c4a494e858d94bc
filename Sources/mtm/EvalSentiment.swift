import ArgumentParser
import Foundation
import MTMRecord
import MTMScoring
import MTMText

/// `mtm eval sentiment`: Pearson r, 3-class P/R/F1 and the confusion matrix against a gold file.
struct EvalSentiment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Compare sentiment scores with gold labels or valences.",
        discussion: """
        Gold formats:
          vader  VADER's ground truth: id TAB mean valence (-4..+4) TAB text. Gold class: mean/4 vs ±0.05.
          label  text TAB label, label one of positive/neutral/negative (or pos/neu/neg, 1/0/-1).
        Each gold text is scored as one record. Predicted class: compound vs ±0.05.

        Example:
          mtm eval sentiment --gold ../shared/corpora/vader_icwsm2014/ground_truth/tweets_GroundTruth.txt
        """
    )

    enum GoldFormat: String, ExpressibleByArgument, CaseIterable { case vader, label }

    @Option(help: "Gold file.")
    var gold: String

    @Option(help: "Gold format: vader or label.")
    var format: GoldFormat = .vader

    @Flag(help: "Print one JSON object instead of the table.")
    var json = false

    @OptionGroup var sentiment: SentimentOptions

    func run() throws {
        let engine = try sentiment.engine(emotions: false)
        let analyzer: TextAnalyzer
        do { analyzer = try TextAnalyzer() } catch { throw RunFailure(error.description) }
        let data: String
        do { data = try String(contentsOfFile: gold, encoding: .utf8) } catch {
            throw RunFailure("cannot read gold file \(gold) as UTF-8 (\(error.localizedDescription)) — check the path")
        }
        var evaluation = SentimentEvaluation()
        var bad = 0
        var lineNumber = 0
        for var scalars in data.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if scalars.last == "\r" { scalars = scalars.dropLast() }
            let line = Substring(scalars)
            if line.isEmpty { continue }
            guard let (goldValue, text) = parse(line) else {
                bad += 1
                StandardError.write("\(gold):\(lineNumber): error: cannot read this line as \(format.rawValue) gold — "
                    + (format == .vader ? "expected id TAB mean TAB text" : "expected text TAB positive|neutral|negative") + "\n")
                continue
            }
            let analyzed = analyzer.analyze(text)
            evaluation.add(gold: goldValue, predicted: engine.score(analyzed).record.compound)
        }
        var out = StandardOutput()
        if json { out.writeLine(Self.json(evaluation, model: engine.model)) } else { Self.table(evaluation, model: engine.model, file: gold, into: &out) }
        out.flush()
        if bad > 0 {
            StandardError.write("\(bad) gold line(s) skipped\n")
            if sentiment.strict { throw RunFailure("\(bad) unreadable gold line(s) under --strict") }
        }
    }

    func parse(_ line: Substring) -> (Double, String)? {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        switch format {
        case .vader:
            guard f.count >= 3, let mean = Double(f[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            return (mean / 4, f[2...].joined(separator: "\t"))
        case .label:
            guard f.count >= 2 else { return nil }
            let label = f[f.count - 1].trimmingCharacters(in: .whitespaces).lowercased()
            let value: Double
            switch label {
            case "positive", "pos", "1", "+1": value = 1
            case "negative", "neg", "-1": value = -1
            case "neutral", "neu", "0": value = 0
            default: return nil
            }
            return (value, f[..<(f.count - 1)].joined(separator: "\t"))
        }
    }

    static func fmt(_ x: Double) -> String { String(format: "%.3f", x) }

    static func table(_ e: SentimentEvaluation, model: SentimentModel, file: String, into out: inout StandardOutput) {
        out.writeLine("gold: \(file)")
        out.writeLine("model: \(model.rawValue)   n = \(e.count)   Pearson r = \(fmt(e.pearson))")
        out.writeLine("")
        func cell(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        out.writeLine("class      precision  recall  f1     support")
        let rows = zip(SentimentEvaluation.classes.map(\.rawValue), e.perClass) + [("macro", e.macro), ("weighted", e.weighted)]
        for (name, c) in rows {
            out.writeLine(cell(name, 11) + cell(fmt(c.precision), 11) + cell(fmt(c.recall), 8) + cell(fmt(c.f1), 7) + "\(c.support)")
        }
        out.writeLine("")
        out.writeLine("confusion (rows gold, columns predicted): negative neutral positive")
        for (label, row) in zip(SentimentEvaluation.classes, e.confusion) {
            out.writeLine(cell(label.rawValue, 11) + row.map { cell(String($0), 9) }.joined())
        }
    }

    static func json(_ e: SentimentEvaluation, model: SentimentModel) -> String {
        var w = JSONWriter()
        func scores(_ c: SentimentEvaluation.ClassScores) {
            w.beginObject()
            w.field("precision", c.precision); w.field("recall", c.recall); w.field("f1", c.f1); w.field("support", c.support)
            w.endObject()
        }
        w.beginObject()
        w.field("model", model.rawValue)
        w.field("n", e.count)
        w.field("pearson", e.pearson)
        w.key("classes"); w.beginObject()
        for (label, c) in zip(SentimentEvaluation.classes, e.perClass) { w.key(label.rawValue); scores(c) }
        w.endObject()
        w.key("macro"); scores(e.macro)
        w.key("weighted"); scores(e.weighted)
        w.key("confusion"); w.beginArray()
        for row in e.confusion { w.beginArray(); for v in row { w.number(v) }; w.endArray() }
        w.endArray()
        w.endObject()
        return w.output
    }
}

import ArgumentParser
import MTMIngest
import MTMRecord
import MTMScoring
import MTMText

/// `mtm score`: sentiment (and emotions) per record and per sentence, JSONL out.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score sentiment per record and sentence (JSONL out).",
        discussion: """
        One record per input line. Output, one JSON object per record: id, compound, pos, neu, neg, label,
        intensity, emotions {name: weight}, sentences [{text, start, end, compound, intensity, emotions}]
        (start/end are UTF-8 byte offsets into the record's text). compound is in [-1, 1]; label is positive at
        >= 0.05, negative at <= -0.05, else neutral (VADER's cut-off).

        The default model (mtm) scores each sentence with VADER's rules plus fixes and the CX overlay, and
        combines sentences into the record's compound from the mean raw sum of the sentences that carry
        sentiment, strengthened by at most sqrt(3), so long texts of mild remarks stay mild. --model vader
        reproduces vaderSentiment 3.3.2 (the whole record scored at once).

        Examples:
          mtm score reviews.txt
          echo "Waited 40 minutes on hold, but the agent went above and beyond." | mtm score
          mtm score --model vader --lexicon my-terms.tsv reviews.txt
        """
    )

    @Argument(help: "Input file, or - for standard input.")
    var input: String = "-"

    @Option(help: "Worker threads (output order and content do not depend on it).")
    var jobs: Int = 1

    @OptionGroup var sentiment: SentimentOptions

    /// Records per batch handed to the workers.
    static let batchSize = 2_048

    /// What a worker thread keeps from batch to batch: its ICU analyzer, the output of its run of the batch (one
    /// buffer for the whole run of the command, grown to a run's size in the first batch, so no later batch
    /// allocates and clears a new one) and its emotion rows. Each worker is used by one thread at a time
    /// (`ParallelMap` gives run w to worker w).
    final class Worker {
        let analyzer: TextAnalyzer
        var output = JSONWriter()
        var emotionRows: [Double] = []

        init(analyzer: TextAnalyzer) { self.analyzer = analyzer }
    }
    /// The engine of the run, never released (see `run`).
    nonisolated(unsafe) static var keptUntilExit: SentimentEngine?

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let engine = try sentiment.engine(concurrently: jobs > 1)
        let json = ScoreJSON(order: engine.emotions?.categoryOrderByName ?? [],
                             names: engine.emotions?.lexicon.categories.map { JSONKey($0.name) } ?? [])
        var workers: [Worker] = []
        do { for _ in 0..<jobs { workers.append(Worker(analyzer: try TextAnalyzer())) } } catch {
            throw RunFailure(error.description)
        }
        let reader: LineReader
        do { reader = try LineReader(path: input) } catch { throw RunFailure(error.description) }
        var out = StandardOutput()
        // Records are numbered by their line; the id is "INPUT:LINE", written from the input's bytes and the number.
        let idPrefix = Array((input + ":").utf8)
        var batch: [(line: Int, text: String)] = []
        batch.reserveCapacity(Self.batchSize)
        // Not inlined, so that profiles can collect it alone (Benchmarks, callgrind's --toggle-collect).
        @inline(never) func flush() {
            // Each worker writes its contiguous run of the batch into one buffer, so records need no array each.
            let used = idPrefix.withUnsafeBufferPointer { idPrefix in
                ParallelMap.chunks(batch, workers: workers) { worker, items in
                    // The buffers are taken out of the worker for the run (uniquely held locals need no access
                    // checks per record, as class properties do) and put back for the output to be written.
                    var output = worker.output, emotionRows = worker.emotionRows
                    worker.output = JSONWriter()
                    worker.emotionRows = []
                    output.removeAll()
                    for item in items {
                        let analyzed = worker.analyzer.analyze(item.text)
                        let (record, sentences) = engine.score(analyzed)
                        let width = engine.emotionRows(analyzed, into: &emotionRows)
                        emotionRows.withUnsafeBufferPointer { rows in
                            // This record's rows only (the buffer may hold more from a longer record).
                            let used = UnsafeBufferPointer(rebasing: rows[..<(width * (1 + analyzed.sentences.count))])
                            json.record(idPrefix: idPrefix, line: item.line, analyzed: analyzed, record: record,
                                        sentences: sentences, emotionRows: used, width: width, into: &output)
                        }
                        output.endLine()
                    }
                    worker.output = output
                    worker.emotionRows = emotionRows
                    return worker
                }
            }
            for worker in used { worker.output.withBytes { out.write(utf8: $0) } }
            batch.removeAll(keepingCapacity: true)
        }
        while let line = reader.nextLine() {
            batch.append((reader.lineNumber, line))
            if batch.count == Self.batchSize { flush() }
        }
        flush()
        out.flush()
        // The lexicon tables are left to the process's exit: releasing their hundreds of thousands of strings one by
        // one takes milliseconds that a short run would notice (`Benchmarks/startup.sh`).
        Self.keptUntilExit = engine
        for finding in reader.findings { StandardError.write("\(finding)\n") }
        if sentiment.strict, !reader.findings.isEmpty {
            throw RunFailure("\(reader.findings.count) input finding(s) under --strict")
        }
    }
}

/// The JSON shape of scored records (field names from the architecture contract). Emotions come as rows of
/// category weights printed in name order (`SentimentEngine.emotionRows`), so a record builds no dictionary and sorts
/// no keys. The keys are quoted once, held by the value the workers share (static keys cost a lazy-initialisation
/// check on every use).
struct ScoreJSON: Sendable {
    /// Category numbers in name order, and the category names as keys.
    let order: [Int], names: [JSONKey]
    let id = JSONKey("id"), compound = JSONKey("compound"), pos = JSONKey("pos"), neu = JSONKey("neu"),
        neg = JSONKey("neg"), label = JSONKey("label"), intensity = JSONKey("intensity"),
        emotions = JSONKey("emotions"), sentences = JSONKey("sentences"), text = JSONKey("text"),
        start = JSONKey("start"), end = JSONKey("end")

    /// One record's line. `emotionRows` holds category weights, `width` per row: the record's, then each
    /// sentence's (`SentimentEngine.emotionRows`).
    func record(idPrefix: UnsafeBufferPointer<UInt8>, line: Int, analyzed: AnalyzedText, record: SentimentScore,
                sentences: [ScoredSentence], emotionRows: UnsafeBufferPointer<Double>, width: Int,
                into w: inout JSONWriter) {
        w.beginObject()
        w.key(id)
        w.string(utf8: idPrefix, followedBy: line)
        scores(record, into: &w)
        w.field(label, record.label.rawValue)
        w.field(intensity, fourDecimals: record.intensity)
        w.key(emotions); emotions(row: 0, of: emotionRows, width: width, into: &w)
        w.key(self.sentences)
        w.beginArray()
        var text = analyzed.text
        text.withUTF8 { text in
            for (index, sentence) in sentences.enumerated() {
                w.beginObject()
                w.key(self.text)
                w.string(utf8: UnsafeBufferPointer(rebasing: text[sentence.utf8Range]))
                w.field(start, sentence.utf8Range.lowerBound)
                w.field(end, sentence.utf8Range.upperBound)
                w.field(compound, fourDecimals: sentence.sentiment.compound)
                w.field(intensity, fourDecimals: sentence.sentiment.intensity)
                w.key(emotions)
                emotions(row: 1 + index, of: emotionRows, width: width, into: &w)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
    }

    func scores(_ s: SentimentScore, into w: inout JSONWriter) {
        // Scores print with 4 decimals, as vaderSentiment rounds its compound.
        w.field(compound, fourDecimals: s.compound)
        w.field(pos, fourDecimals: s.pos)
        w.field(neu, fourDecimals: s.neu)
        w.field(neg, fourDecimals: s.neg)
    }

    /// The emotions of one row that have a weight, names sorted so output is deterministic.
    func emotions(row: Int, of rows: UnsafeBufferPointer<Double>, width: Int, into w: inout JSONWriter) {
        w.beginObject()
        if width > 0, (row + 1) * width <= rows.count {
            let weights = rows.baseAddress! + row * width
            names.withUnsafeBufferPointer { names in
                for category in order where weights[category] > 0 {
                    w.field(names[category], fourDecimals: weights[category])
                }
            }
        }
        w.endObject()
    }
}

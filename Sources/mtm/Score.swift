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
    /// The engine of the run, never released (see `run`).
    nonisolated(unsafe) static var keptUntilExit: SentimentEngine?

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let engine = try sentiment.engine()
        let order = engine.emotions?.categoryOrderByName ?? []
        let names = engine.emotions?.lexicon.categories.map { JSONKey($0.name) } ?? []
        var analyzers: [TextAnalyzer] = []
        do { for _ in 0..<jobs { analyzers.append(try TextAnalyzer()) } } catch { throw RunFailure(error.description) }
        let reader: LineReader
        do { reader = try LineReader(path: input) } catch { throw RunFailure(error.description) }
        var out = StandardOutput()
        // Records are numbered by their line; the id is "INPUT:LINE", written from the input's bytes and the number.
        let idPrefix = Array((input + ":").utf8)
        var batch: [(line: Int, text: String)] = []
        batch.reserveCapacity(Self.batchSize)
        func flush() {
            // Each worker writes its contiguous run of the batch into one buffer, so records need no array each.
            let runs = idPrefix.withUnsafeBufferPointer { idPrefix in
                ParallelMap.chunks(batch, workers: analyzers) { analyzer, items in
                    var w = JSONWriter(reservingCapacity: items.count * 400)
                    for item in items {
                        let analyzed = analyzer.analyze(item.text)
                        let (record, sentences) = engine.score(analyzed)
                        let (emotions, sentenceEmotions) = engine.emotionWeights(analyzed)
                        ScoreJSON.record(idPrefix: idPrefix, line: item.line, analyzed: analyzed, record: record,
                                         emotions: emotions, sentences: sentences,
                                         sentenceEmotions: sentenceEmotions, order: order, names: names, into: &w)
                        w.endLine()
                    }
                    return w.bytes
                }
            }
            for run in runs { out.write(utf8: run) }
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

/// The JSON shape of scored records (field names from the architecture contract). Emotions come as category
/// weights printed in name order (`SentimentEngine.emotionWeights`), so a record builds no dictionary and sorts no
/// keys.
enum ScoreJSON {
    /// Scores print with 4 decimals, as vaderSentiment rounds its compound.
    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    /// The keys, quoted once.
    enum Key {
        static let id = JSONKey("id"), compound = JSONKey("compound"), pos = JSONKey("pos"), neu = JSONKey("neu"),
                   neg = JSONKey("neg"), label = JSONKey("label"), intensity = JSONKey("intensity"),
                   emotions = JSONKey("emotions"), sentences = JSONKey("sentences"), text = JSONKey("text"),
                   start = JSONKey("start"), end = JSONKey("end")
    }

    /// One record's line. `emotions`/`sentenceEmotions` are category weights, `order` the category numbers in name
    /// order, `names` the category names as keys.
    static func record(idPrefix: UnsafeBufferPointer<UInt8>, line: Int, analyzed: AnalyzedText,
                       record: SentimentScore, emotions: [Double], sentences: [ScoredSentence],
                       sentenceEmotions: [[Double]], order: [Int], names: [JSONKey], into w: inout JSONWriter) {
        w.beginObject()
        w.key(Key.id)
        w.string(utf8: idPrefix, followedBy: line)
        scores(record, into: &w)
        w.field(Key.label, record.label.rawValue)
        w.field(Key.intensity, rounded(record.intensity))
        w.key(Key.emotions); self.emotions(emotions, order: order, names: names, into: &w)
        w.key(Key.sentences)
        w.beginArray()
        var text = analyzed.text
        text.withUTF8 { text in
            for (index, sentence) in sentences.enumerated() {
                w.beginObject()
                w.key(Key.text)
                w.string(utf8: UnsafeBufferPointer(rebasing: text[sentence.utf8Range]))
                w.field(Key.start, sentence.utf8Range.lowerBound)
                w.field(Key.end, sentence.utf8Range.upperBound)
                w.field(Key.compound, rounded(sentence.sentiment.compound))
                w.field(Key.intensity, rounded(sentence.sentiment.intensity))
                w.key(Key.emotions)
                self.emotions(index < sentenceEmotions.count ? sentenceEmotions[index] : [], order: order,
                              names: names, into: &w)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
    }

    static func scores(_ s: SentimentScore, into w: inout JSONWriter) {
        w.field(Key.compound, rounded(s.compound))
        w.field(Key.pos, rounded(s.pos))
        w.field(Key.neu, rounded(s.neu))
        w.field(Key.neg, rounded(s.neg))
    }

    /// The emotions that have a weight, names sorted so output is deterministic.
    static func emotions(_ weights: [Double], order: [Int], names: [JSONKey], into w: inout JSONWriter) {
        w.beginObject()
        if !weights.isEmpty {
            for category in order where weights[category] > 0 { w.field(names[category], rounded(weights[category])) }
        }
        w.endObject()
    }
}

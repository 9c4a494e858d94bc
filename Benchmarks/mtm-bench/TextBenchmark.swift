import Foundation
import MTMText

/// `mtm-bench text`: normalise + segment (the whole text stage) over ≥ 50 MB of real review, tweet, editorial and
/// transcript text from ../shared/corpora, on 1 and 2 threads (one analyzer per thread), then a 1 MB and a 10 MB
/// single line to show the time grows linearly. Token counts are checked against one copy's count × copies.
enum TextBenchmark {
    static let benchmark = Benchmark(
        name: "text",
        summary: "text stage MB/s and tokens/s on ≥50 MB of ../shared/corpora text (1 and 2 threads) [--mb N] [--no-long-lines]",
        run: run)

    /// Texts read from the shared corpora: (file under corpora/, tab-separated column holding the text).
    static let sources: [(String, Int)] = [
        ("vader_icwsm2014/ground_truth/tweets_GroundTruth.txt", 2),
        ("vader_icwsm2014/ground_truth/movieReviewSnippets_GroundTruth.txt", 2),
        ("vader_icwsm2014/ground_truth/amazonReviewSnippets_GroundTruth.txt", 2),
        ("vader_icwsm2014/ground_truth/nytEditorialSnippets_GroundTruth.txt", 2),
        ("uci_sentiment_labelled_sentences/amazon_cells_labelled.txt", 0),
        ("uci_sentiment_labelled_sentences/imdb_labelled.txt", 0),
        ("uci_sentiment_labelled_sentences/yelp_labelled.txt", 0),
        ("transcripts/speaker_text/ES2004a.txt", -1),
    ]

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func corporaDirectory() -> URL {
        // Benchmarks/mtm-bench/TextBenchmark.swift → repository root → ../shared/corpora
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora")
    }

    static func loadDocuments() throws -> [String] {
        let root = corporaDirectory()
        var documents: [String] = []
        for (file, column) in sources {
            let url = root.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw Failure(description: "cannot read \(url.path) — the benchmark needs ../shared/corpora")
            }
            for line in String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                let text = column < 0 ? line : (column < fields.count ? fields[column] : "")
                if !text.isEmpty { documents.append(String(text)) }
            }
        }
        return documents
    }

    final class Counts: @unchecked Sendable {
        var tokens: [Int]
        var cpuSeconds: [Double]
        init(_ n: Int) {
            tokens = Array(repeating: 0, count: n)
            cpuSeconds = Array(repeating: 0, count: n)
        }
    }

    /// CPU time of the calling thread: on a machine shared with other jobs, the figure per core that wall time
    /// cannot give.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Analyses `copies` passes over `documents`, split across `threads` (each with its own analyzer); returns the
    /// token count and seconds taken.
    static func measure(_ documents: [String], copies: Int, threads: Int) throws
        -> (tokens: Int, seconds: Double, cpuSeconds: Double) {
        let first = try TextAnalyzer()
        let analyzers = try [first] + (1..<threads).map { _ in try first.makeWorker() }
        nonisolated(unsafe) let shared = analyzers
        let counts = Counts(threads)
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let analyzer = shared[worker]
            let cpuStart = threadCPUSeconds()
            var tokens = 0
            for copy in 0..<copies {
                var index = (worker + copy) % threads
                while index < documents.count {
                    for sentence in analyzer.analyze(documents[index]).sentences { tokens += sentence.tokens.count }
                    index += threads
                }
            }
            counts.tokens[worker] = tokens
            counts.cpuSeconds[worker] = threadCPUSeconds() - cpuStart
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (counts.tokens.reduce(0, +), seconds, counts.cpuSeconds.reduce(0, +))
    }

    static func run(_ arguments: [String]) throws -> Bool {
        var megabytes = 50
        if let i = arguments.firstIndex(of: "--mb"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
            megabytes = n
        }
        let documents = try loadDocuments()
        let bytesPerCopy = documents.reduce(0) { $0 + $1.utf8.count }
        let copies = (megabytes * 1_000_000 + bytesPerCopy - 1) / bytesPerCopy
        let totalBytes = Double(bytesPerCopy * copies)
        let perCopy = try measure(documents, copies: 1, threads: 1).tokens
        let expected = perCopy * copies
        print("corpus: \(documents.count) documents, \(bytesPerCopy) bytes × \(copies) copies = "
              + "\(String(format: "%.1f", totalBytes / 1e6)) MB, expecting \(expected) tokens")
        var passed = true
        for threads in [1, 2] {
            let (tokens, seconds, cpu) = try measure(documents, copies: copies, threads: threads)
            let ok = tokens == expected
            passed = passed && ok
            print(String(format: "threads %d: %.2f s wall, %.1f MB/s, %.2f M tokens/s; per CPU-second %.1f MB/s, "
                         + "%.2f M tokens/s; %d tokens %@", threads, seconds, totalBytes / 1e6 / seconds,
                         Double(tokens) / 1e6 / seconds, totalBytes / 1e6 / cpu, Double(tokens) / 1e6 / cpu, tokens,
                         ok ? "(ok)" : "(EXPECTED \(expected))"))
        }
        if !arguments.contains("--no-long-lines") { passed = try longLines() && passed }
        return passed
    }

    /// A 1 MB and a 10 MB single line: the second should take about ten times as long, not a hundred.
    static func longLines() throws -> Bool {
        let unit = "The check-in was sooo slow!!! Don’t book :( see http://x.com/a or @desk #fail 👍🏽 l'accueil. "
        let analyzer = try TextAnalyzer()
        let unitTokens = analyzer.analyze(unit).tokens.count
        var passed = true
        var times: [Double] = []
        for megabytes in [1, 10] {
            let repeats = megabytes * 1_000_000 / unit.utf8.count
            let text = String(repeating: unit, count: repeats)
            let start = ContinuousClock.now
            let tokens = analyzer.analyze(text).tokens.count
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            times.append(seconds)
            let ok = tokens == unitTokens * repeats
            passed = passed && ok
            print(String(format: "single line %d MB: %.3f s, %.1f MB/s, %d tokens %@", megabytes, seconds,
                         Double(text.utf8.count) / 1e6 / seconds, tokens, ok ? "(ok)" : "(EXPECTED \(unitTokens * repeats))"))
        }
        print(String(format: "10 MB / 1 MB time ratio: %.1f (linear ≈ 10)", times[1] / times[0]))
        return passed
    }
}

import MTMIngest
import MTMRecord

/// `mtm-bench ingest FILE --expect N`: streams FILE through `InputOpener` (format and delimiter detection, column
/// mapping, rating and date parsing) and checks the record count, so a fast wrong answer fails. Peak memory is
/// measured from outside: `Benchmarks/ingest-rss.sh` generates a ≥ 1 GB CSV and runs this under `/usr/bin/time -v`.
enum IngestBenchmark {
    static let benchmark = Benchmark(
        name: "ingest",
        summary: "stream a CSV/JSON/... file into records and check the count: FILE --expect N (see Benchmarks/ingest-rss.sh)",
        run: run)

    static func run(_ arguments: [String]) throws -> Bool {
        guard let path = arguments.first else {
            print("usage: mtm-bench ingest FILE [--expect N]")
            return false
        }
        var expected: Int?
        if let i = arguments.firstIndex(of: "--expect"), i + 1 < arguments.count { expected = Int(arguments[i + 1]) }
        var counts = IngestCounts()
        var textBytes = 0
        let clock = ContinuousClock()
        let start = clock.now
        var source = try InputOpener.open(path, options: IngestOptions())
        while let event = try source.next() {
            counts.count(event)
            if case let .record(record) = event { textBytes += record.text.utf8.count }
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("ingest: read \(counts.read), records \(counts.records), rejected \(counts.rejected), findings \(counts.findings), "
              + "text \(textBytes >> 20) MiB, \((seconds * 10).rounded() / 10) s")
        if let expected, counts.records != expected {
            print("ingest: FAILED: expected \(expected) records")
            return false
        }
        return true
    }
}

import MTMIngest
import MTMRecord

/// `mtm-bench ingest FILE --expect N`: streams FILE through `InputOpener` (CSV detection, column mapping, rating
/// and date parsing) and checks the record count, so a fast wrong answer fails. Peak memory is measured from
/// outside (`Benchmarks/ingest-rss.sh` runs this under `/usr/bin/time -v`).
enum IngestBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        guard let path = arguments.first else {
            print("usage: mtm-bench ingest FILE [--expect N]")
            return 2
        }
        var expected: Int?
        if let i = arguments.firstIndex(of: "--expect"), i + 1 < arguments.count { expected = Int(arguments[i + 1]) }
        var counts = IngestCounts()
        var textBytes = 0
        let clock = ContinuousClock()
        let start = clock.now
        do {
            var source = try InputOpener.open(path, options: IngestOptions())
            while let event = try source.next() {
                counts.count(event)
                if case let .record(record) = event { textBytes += record.text.utf8.count }
            }
        } catch {
            print("ingest: \(error)")
            return 1
        }
        let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        print("ingest: read \(counts.read), records \(counts.records), rejected \(counts.rejected), findings \(counts.findings), text \(textBytes >> 20) MiB, \(Int(seconds)) s")
        if let expected, counts.records != expected {
            print("ingest: FAILED: expected \(expected) records")
            return 1
        }
        return 0
    }
}

import Testing
@testable import mtm

/// The progress line's arithmetic on hand-built clocks and byte positions (no timing).
@Suite struct AnalyzeProgressTests {
    @Test func showsPercentAndTimeLeftWhenTheTotalIsKnown() {
        // 25 s in, a quarter of 1,000,000 bytes read: 75 s left at the same rate.
        let e = ProgressEstimate(records: 12_345, seconds: 25, bytes: 250_000, totalBytes: 1_000_000)
        #expect(e.rate == 493)
        #expect(e.fraction == 0.25)
        #expect(e.remainingSeconds == 75)
        #expect(e.line == "mtm analyze: 12,345 records · 493 records/s · 25% · ETA 1:15")
    }

    @Test func withoutATotalShowsOnlyRecordsAndRate() {
        let e = ProgressEstimate(records: 4_100_000, seconds: 1_000, bytes: 9_999, totalBytes: nil)
        #expect(e.fraction == nil && e.remainingSeconds == nil)
        #expect(e.line == "mtm analyze: 4,100,000 records · 4,100 records/s")
    }

    @Test func nothingReadYetHasNoTimeLeft() {
        let start = ProgressEstimate(records: 0, seconds: 0, bytes: 0, totalBytes: 500)
        #expect(start.rate == 0 && start.remainingSeconds == nil)
        #expect(start.line == "mtm analyze: 0 records · 0 records/s · 0%")
        let empty = ProgressEstimate(records: 0, seconds: 3, bytes: 0, totalBytes: 0)
        #expect(empty.fraction == nil && empty.line == "mtm analyze: 0 records · 0 records/s")
    }

    /// A run read at a steady rate: the estimate counts down and ends at 100 % with nothing left; bytes past the
    /// total (a file that grew) are capped.
    @Test func aSteadyRunCountsDownToTheEnd() {
        let total = 1_200_000
        var previous = Double.infinity
        for step in 1...12 {
            let e = ProgressEstimate(records: step * 1_000, seconds: Double(step) * 2, bytes: step * 100_000,
                                     totalBytes: total)
            let left = e.remainingSeconds!
            #expect(left < previous)
            #expect(abs(left - Double(12 - step) * 2) < 1e-9)
            previous = left
        }
        let done = ProgressEstimate(records: 12_000, seconds: 24, bytes: total + 10, totalBytes: total)
        #expect(done.fraction == 1 && done.line.hasSuffix("· 100% · ETA 0:00"))
    }

    @Test(arguments: [(0.0, "0:00"), (0.4, "0:00"), (42, "0:42"), (59.6, "1:00"), (754, "12:34"), (3_600, "1:00:00"),
                      (3_725, "1:02:05"), (-3, "0:00"), (.infinity, "0:00")])
    func clockText(_ seconds: Double, _ text: String) {
        #expect(ProgressEstimate.clock(seconds) == text)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (1_234_567, "1,234,567"),
                      (-1_000, "-1,000")])
    func groupedDigits(_ value: Int, _ text: String) {
        #expect(ProgressEstimate.grouped(value) == text)
    }
}

import MTMReport

/// The progress line on standard error (only when it is a terminal): records so far, records per second, and —
/// when the inputs' total size is known — how much of it is read and the time left.
final class AnalyzeProgress {
    /// Redraw at most this often.
    static let interval: Duration = .milliseconds(250)
    let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var last: ContinuousClock.Instant

    init(enabled: Bool) {
        self.enabled = enabled
        start = clock.now
        last = start
    }

    func update(records: Int, bytes: Int, totalBytes: Int?) {
        guard enabled else { return }
        let now = clock.now
        guard now - last >= Self.interval else { return }
        last = now
        let elapsed = now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let estimate = ProgressEstimate(records: records, seconds: seconds, bytes: bytes, totalBytes: totalBytes)
        StandardError.writeStatus(estimate.line)
    }

    func finish() {
        if enabled { StandardError.clearStatus() }
    }
}

/// What the progress line says at one moment: `mtm analyze: 12,345 records · 4,100 records/s · 37% · ETA 0:42`.
/// The share done is bytes read of the inputs' total size; the time left assumes the rest is read at the average
/// rate so far. Without a known total (standard input, URLs) only records and records/s are shown.
struct ProgressEstimate {
    var records: Int
    /// Seconds since the run started.
    var seconds: Double
    var bytes: Int
    var totalBytes: Int?

    /// Records per second so far (0 before any time has passed).
    var rate: Int { seconds > 0 ? Int(Double(records) / seconds) : 0 }

    /// The share of the input read, 0–1; nil when the total is unknown or zero.
    var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(max(Double(bytes) / Double(totalBytes), 0), 1)
    }

    /// Seconds left at the average byte rate so far; nil until some bytes and time have passed.
    var remainingSeconds: Double? {
        guard let fraction, fraction > 0, seconds > 0 else { return nil }
        return seconds * (1 - fraction) / fraction
    }

    var line: String {
        var text = "mtm analyze: \(Self.grouped(records)) records · \(Self.grouped(rate)) records/s"
        if let fraction {
            text += " · \(Int(fraction * 100))%"
            if let remainingSeconds { text += " · ETA \(Self.clock(remainingSeconds))" }
        }
        return text
    }

    /// `12345` → `12,345`.
    static func grouped(_ value: Int) -> String {
        (value < 0 ? "-" : "") + NumberFormatting.grouped(value.magnitude)
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour on (rounded to the nearest second).
    static func clock(_ seconds: Double) -> String {
        let total = seconds.isFinite ? max(0, Int(seconds.rounded())) : 0
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}

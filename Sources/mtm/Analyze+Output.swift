import Foundation
import MTMReport
#if canImport(Glibc)
import Glibc
#endif

/// The progress line on standard error (only when it is a terminal): records so far and records per second.
final class AnalyzeProgress {
    /// Redraw at most this often.
    static let interval: Duration = .milliseconds(250)
    let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var last: ContinuousClock.Instant
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
        start = clock.now
        last = start
    }

    func update(records: Int) {
        guard enabled else { return }
        let now = clock.now
        guard now - last >= Self.interval else { return }
        last = now
        let seconds = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int(Double(records) / seconds) : 0
        StandardError.write("\r\u{1B}[Kmtm analyze: \(records) records · \(rate) records/s")
        drawn = true
    }

    func finish() {
        if drawn { StandardError.write("\r\u{1B}[K") }
    }
}

/// The summary printed at the end: counts that reconcile, the top moments with their reasons, the files written.
enum AnalyzeSummary {
    static func write(_ document: ReportDocument, files: ReportWriter.Result, out: String) {
        let c = document.counts
        var text = "mtm analyze: read \(c.read) = scored \(c.scored) + rejected \(c.rejected); "
        text += "\(c.mentions) touchpoint mentions in \(c.recordsWithMentions) records"
        text += c.findings > 0 ? "; \(c.findings) finding(s)\n" : "\n"
        if document.moments.isEmpty {
            text += "no moments: no touchpoint was mentioned often enough to rank\n"
        } else {
            text += "top moments:\n"
            for m in document.moments {
                text += "  \(m.rank). \(m.label) [\(m.momentClass), score \(String(format: "%.2f", m.score))] — \(m.reason)\n"
            }
        }
        if !files.xlsxNotes.truncatedTables.isEmpty {
            text += "note: mtm.xlsx holds the first \(XLSXWriter.maxDataRows) rows of "
                + files.xlsxNotes.truncatedTables.joined(separator: ", ") + " (the CSV files have all)\n"
        }
        text += "wrote \(out)/: \(files.files.joined(separator: ", "))\n"
        StandardError.write(text)
    }
}

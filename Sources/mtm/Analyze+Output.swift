import Foundation
import MTMReport

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

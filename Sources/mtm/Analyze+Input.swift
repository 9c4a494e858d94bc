import Foundation
import MTMIngest
import MTMLexicon
import MTMRecord
import MTMReport
import MTMScrape

/// Reads every input in order — review exports, text and transcripts through MTMIngest, HTML pages and URLs
/// through MTMScrape — handing each record on and keeping every rejection with its reason.
final class AnalyzeReader {
    /// Findings printed before the rest are only counted.
    static let printedFindings = 50

    let options: IngestOptions
    let lexicons: String?
    let quiet: Bool
    private(set) var rejects: [ReportDocument.RejectRow] = []
    private(set) var findingCount = 0

    init(options: IngestOptions, lexicons: String?, quiet: Bool) {
        self.options = options
        self.lexicons = lexicons
        self.quiet = quiet
    }

    static func isPage(_ input: String) -> Bool {
        let lower = input.lowercased()
        return Scraper.isURL(input) || lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }

    func read(_ inputs: [String], onRecord: (FeedbackRecord) throws -> Void) throws {
        for input in inputs {
            if Self.isPage(input) {
                try scrape(input, onRecord: onRecord)
            } else {
                try ingest(input, onRecord: onRecord)
            }
        }
        if findingCount > Self.printedFindings && !quiet {
            StandardError.write("mtm analyze: \(findingCount - Self.printedFindings) more finding(s) not shown\n")
        }
    }

    private func ingest(_ input: String, onRecord: (FeedbackRecord) throws -> Void) throws {
        do {
            var source = try InputOpener.open(input, options: options)
            while let event = try source.next() {
                switch event {
                case let .record(record): try onRecord(record)
                case let .rejected(rejection): reject(rejection.finding, raw: rejection.raw)
                case let .finding(finding): note(finding)
                case let .choice(choice): if !quiet { StandardError.write("\(choice)\n") }
                }
            }
        } catch let error as IngestError {
            throw RunFailure(error.description)
        }
    }

    private func scrape(_ input: String, onRecord: (FeedbackRecord) throws -> Void) throws {
        var scrapeOptions = ScrapeOptions()
        if let directory = try? LexiconLocator.directory(explicit: lexicons).appendingPathComponent("sites") {
            scrapeOptions.profiles = (try? SiteProfile.loadAll(directory: directory)) ?? []
        }
        let result = Scraper(options: scrapeOptions).scrape([input])
        for record in result.records { try onRecord(record) }
        for page in result.pages {
            for finding in page.findings {
                // A page that gave nothing because it could not be read or parsed is a rejected input.
                if finding.severity == .error && page.reviews.isEmpty { reject(finding, raw: "") } else { note(finding) }
            }
        }
        for finding in result.findings {
            if finding.severity == .error { reject(finding, raw: "") } else { note(finding) }
        }
    }

    private func reject(_ finding: Finding, raw: String) {
        rejects.append(ReportDocument.RejectRow(source: finding.source, line: finding.line, code: finding.code,
                                                field: finding.field,
                                                message: finding.message + (finding.hint.map { " — \($0)" } ?? ""),
                                                raw: raw))
        note(finding)
    }

    private func note(_ finding: Finding) {
        findingCount += 1
        if !quiet && findingCount <= Self.printedFindings { StandardError.write("\(finding)\n") }
    }
}

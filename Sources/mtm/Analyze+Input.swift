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
    /// The inputs' total size in bytes when every input is a regular file (nil for standard input and URLs).
    private(set) var totalBytes: Int?
    /// Bytes of the inputs read so far: finished files, plus the position in the current one.
    var bytesConsumed: Int { finishedBytes + currentBytes }
    private var finishedBytes = 0
    private var currentBytes = 0

    init(options: IngestOptions, lexicons: String?, quiet: Bool) {
        self.options = options
        self.lexicons = lexicons
        self.quiet = quiet
    }

    static func isPage(_ input: String) -> Bool {
        let lower = input.lowercased()
        return Scraper.isURL(input) || lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }

    /// File extensions read from a directory (others are skipped with a finding).
    static let readableExtensions: Set<String> = ["csv", "tsv", "json", "jsonl", "ndjson", "txt", "text", "vtt", "srt",
                                                  "html", "htm"]

    /// A directory's readable files, recursively, in name order; any other input as it is.
    func expand(_ input: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard input != "-", !Scraper.isURL(input),
              FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [input]
        }
        let base = URL(fileURLWithPath: input)
        let paths = (FileManager.default.enumerator(atPath: input)?.allObjects as? [String] ?? []).sorted()
        var files: [String] = []
        for relative in paths {
            let path = base.appendingPathComponent(relative).path
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            if Self.readableExtensions.contains(URL(fileURLWithPath: relative).pathExtension.lowercased()) {
                files.append(path)
            } else {
                note(Finding(.warning, code: "skipped-file", source: path,
                             message: "not a format mtm reads (by its extension)",
                             hint: "give the file itself with --input-format to read it anyway"))
            }
        }
        return files
    }

    /// The size of a regular file; nil for standard input, URLs and anything else whose size is unknown.
    static func fileSize(_ input: String) -> Int? {
        guard input != "-", !Scraper.isURL(input),
              let attributes = try? FileManager.default.attributesOfItem(atPath: input),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? NSNumber else { return nil }
        return size.intValue
    }

    func read(_ inputs: [String], onRecord: (FeedbackRecord) throws -> Void) throws {
        let files = inputs.flatMap(expand)
        let sizes = files.map(Self.fileSize)
        totalBytes = sizes.contains(nil) ? nil : sizes.reduce(0) { $0 + $1! }
        for (input, size) in zip(files, sizes) {
            currentBytes = 0
            if Self.isPage(input) {
                try scrape(input, onRecord: onRecord)
            } else {
                try ingest(input, onRecord: onRecord)
            }
            finishedBytes += size ?? currentBytes
            currentBytes = 0
        }
        if findingCount > Self.printedFindings && !quiet {
            StandardError.write("mtm analyze: \(findingCount - Self.printedFindings) more finding(s) not shown\n")
        }
    }

    private func ingest(_ input: String, onRecord: (FeedbackRecord) throws -> Void) throws {
        do {
            var source = try InputOpener.open(input, options: options)
            while let event = try source.next() {
                currentBytes = source.bytesConsumed ?? 0
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

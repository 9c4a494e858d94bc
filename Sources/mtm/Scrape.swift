import ArgumentParser
import Foundation
import MTMLexicon
import MTMRecord
import MTMScrape

/// `mtm scrape`: review pages (files, folders, URLs) → one record per review.
struct Scrape: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrape",
        abstract: "Extract reviews from HTML pages: saved files, folders of them, or http(s) URLs.",
        discussion: """
        Each page is read with, in order: schema.org JSON-LD, schema.org microdata and RDFa, a site profile \
        (Lexicons/sites/*.yaml, matched by host or by a test XPath; --profile forces your own), and a generic \
        fallback for repeated blocks of text (method 'fallback', low confidence). The first layer that finds \
        reviews gives the page's records. One record per review on standard output (JSONL or CSV) with id, \
        source, site, method, title, text, rating, best_rating, author, date; a summary per page on standard error.

        URLs: next pages (rel="next" or the profile's next selector) are followed up to --max-pages on the same \
        host, --delay seconds apart, with robots.txt respected unless --ignore-robots. Links in saved files are \
        never followed.

        Examples:
          mtm scrape saved/amazon-reviews.html
          mtm scrape pages/ --format csv > reviews.csv
          mtm scrape --max-pages 5 --delay 2 "https://www.example.com/reviews"
          mtm scrape --profile mysite.yaml page.html
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @Argument(help: "HTML files, folders (searched for *.html, *.htm), http(s) URLs, or - for standard input.")
    var inputs: [String]

    @Option(help: "Output format: jsonl or csv.")
    var format: Format = .jsonl

    @Option(help: "A site profile (YAML) used for every page instead of matching the shipped ones by host; JSON-LD and microdata still come first.")
    var profile: [String] = []

    @Option(help: "Folder of lexicons (its sites/ subfolder holds the site profiles).")
    var lexicons: String?

    @Option(help: "Pages to read per URL, following next-page links.")
    var maxPages = 1

    @Option(help: "Seconds between requests to the same host.")
    var delay: Double = 1

    @Option(help: "Seconds before a request is given up.")
    var timeout: Double = 30

    @Option(help: "Skip pages larger than this many bytes.")
    var maxPageBytes = ScrapeOptions().maxPageBytes

    @Option(help: "User-Agent header sent with requests.")
    var userAgent = ScrapeOptions().userAgent

    @Flag(help: "Fetch pages even where robots.txt disallows it (only with the site's permission).")
    var ignoreRobots = false

    @Flag(help: "Fail (exit 1) when any finding is reported.")
    var strict = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one file, folder or URL") }
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be at least 1") }
        guard delay >= 0 else { throw ValidationError("--delay must be 0 or more seconds") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        guard maxPageBytes > 0 else { throw ValidationError("--max-page-bytes must be more than 0") }
    }

    func run() throws {
        var options = ScrapeOptions()
        options.maxPages = maxPages
        options.delay = delay
        options.timeout = timeout
        options.maxPageBytes = maxPageBytes
        options.userAgent = userAgent
        options.respectRobots = !ignoreRobots
        do {
            let directory = try LexiconLocator.directory(explicit: lexicons).appendingPathComponent("sites")
            options.profiles = try SiteProfile.loadAll(directory: directory)
            options.forcedProfiles = try profile.map { path throws(ScrapeError) in try SiteProfile.load(path: path) }
        } catch let error as ScrapeError {
            throw RunFailure(error.description)
        } catch {
            throw RunFailure("\(error)")
        }

        var out = StandardOutput()
        if format == .csv { out.writeLine(ScrapeOutput.csvHeader) }
        let result = Scraper(options: options).scrape(inputs) { report in
            for record in Scraper.records(for: report) {
                out.writeLine(format == .csv ? ScrapeOutput.csv(record) : ScrapeOutput.json(record))
            }
            out.flush()
            StandardError.write(report.summary + "\n")
            for finding in report.findings { StandardError.write("\(finding)\n") }
        }
        out.flush()
        for finding in result.findings { StandardError.write("\(finding)\n") }
        let findings = result.allFindings
        StandardError.write("scrape: \(result.records.count) reviews from \(result.pages.count) page(s); "
                            + "\(findings.count) finding(s)\n")
        if strict && !findings.isEmpty { throw RunFailure("\(findings.count) finding(s) under --strict") }
        if result.pages.isEmpty && !findings.isEmpty { throw RunFailure("no page could be read") }
    }
}

/// The record shapes `mtm scrape` writes.
enum ScrapeOutput {
    static let columns = ["id", "source", "site", "method", "title", "text", "rating", "best_rating", "author", "date"]
    static let csvHeader = columns.joined(separator: ",")

    static func json(_ record: FeedbackRecord) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", record.id)
        w.field("source", record.source)
        w.field("site", record.site)
        w.field("method", record.method)
        w.field("title", record.title)
        w.field("text", record.text)
        w.field("rating", record.rating)
        w.field("best_rating", record.ratingScale?.upper)
        w.field("rating_scale", record.ratingScale?.description)
        w.field("author", record.author)
        w.field("date", record.date)
        w.endObject()
        return w.output
    }

    static func csv(_ record: FeedbackRecord) -> String {
        let values: [String?] = [record.id, record.source, record.site, record.method, record.title, record.text,
                                 record.rating.map(JSONWriter.format), record.ratingScale.map { JSONWriter.format($0.upper) },
                                 record.author, record.date]
        return values.map { field($0 ?? "") }.joined(separator: ",")
    }

    /// RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
import MTMHTML
import MTMRecord

/// Turns saved or served review pages into `FeedbackRecord`s: files, directories (`*.html`, `*.htm`, recursively)
/// and http(s) URLs (following next-page links). The entry point `mtm scrape` and `mtm analyze` call.
public struct Scraper {
    public var options: ScrapeOptions

    public init(options: ScrapeOptions = ScrapeOptions()) {
        self.options = options
    }

    /// The result of a run: records in input order, one report per page, and run-level findings.
    public struct Result: Sendable {
        public var records: [FeedbackRecord] = []
        public var pages: [PageReport] = []
        public var findings: [Finding] = []
        /// Every finding, run-level and per page.
        public var allFindings: [Finding] { findings + pages.flatMap(\.findings) }
    }

    /// Whether an input names a URL rather than a path.
    public static func isURL(_ input: String) -> Bool {
        let lower = input.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Scrapes every input in order; `onPage` sees each page's report as soon as it is done (for progress).
    public func scrape(_ inputs: [String], onPage: (PageReport) -> Void = { _ in }) -> Result {
        var result = Result()
        var seenIDs: Set<String> = []
        func add(_ report: PageReport) {
            var report = report
            var kept: [ScrapedReview] = []
            for review in report.reviews {
                if let id = review.pageID, !seenIDs.insert("\(report.site ?? ""):\(id)").inserted {
                    report.findings.append(Finding(.warning, code: "duplicate-review", source: report.source,
                                                   field: "id", message: "review \(id) was already read from an earlier page",
                                                   hint: "kept once"))
                    continue
                }
                kept.append(review)
            }
            report.reviews = kept
            result.records += Self.records(for: report)
            result.pages.append(report)
            onPage(report)
        }
        for input in inputs {
            if Self.isURL(input) {
                var crawler = Crawler(options: options)
                crawler.crawl(start: input, scrapePage: scrapePage) { add($0) }
                result.findings += crawler.findings
            } else if input.lowercased().hasPrefix("file:") {
                result.findings.append(Finding(.error, code: "unsupported-url", source: input,
                                               message: "file: URLs are not fetched", hint: "give the path instead"))
            } else {
                let files: [String]
                do { files = try InputFiles.expand(input) } catch {
                    result.findings.append(Finding(.error, code: "unreadable-input", source: input,
                                                   message: error.description))
                    continue
                }
                for file in files { add(scrapeFile(file)) }
            }
        }
        return result
    }

    /// Reads and scrapes one file (`-` reads standard input).
    public func scrapeFile(_ path: String) -> PageReport {
        let bytes: [UInt8]
        do { bytes = try InputFiles.read(path, limit: options.maxPageBytes) } catch {
            return PageReport(source: path, findings: [error])
        }
        return scrapePage(bytes: bytes, source: path, url: nil, charset: nil).report
    }

    /// Parses one page and runs the layers in order: JSON-LD, microdata, RDFa, the site profile, the fallback.
    /// The first layer that finds reviews gives the page's reviews; the others' counts are still reported.
    /// Also returns the next page's URL when the page names one.
    public func scrapePage(bytes: [UInt8], source: String, url: URL?, charset: String?)
        -> (report: PageReport, next: String?) {
        var report = PageReport(source: source)
        let document: HTMLDocument
        do { document = try HTMLDocument(bytes: bytes, source: source, charset: charset) } catch {
            report.findings.append(Finding(.error, code: "unparsable-page", source: source, message: error.description))
            return (report, nil)
        }
        for warning in document.warnings {
            report.findings.append(Finding(.warning, code: "html-parse", source: source, message: warning))
        }
        let host = url?.host?.lowercased() ?? Self.declaredHost(document)
        let page = PageContext(document: document, source: source, host: host, cleaner: options.cleaner)
        let profile = chooseProfile(for: page)
        report.site = profile?.name ?? host.map(Self.siteName)
        var layers: [any ReviewExtractor] = [JSONLDExtractor(), MicrodataExtractor(.microdata),
                                              MicrodataExtractor(.rdfa)]
        if let profile { layers.append(ProfileExtractor(profile: profile)) }
        layers.append(FallbackExtractor())
        for layer in layers {
            // The fallback only runs when nothing above found reviews.
            if layer.method == .fallback && report.method != nil { break }
            let output = layer.extract(from: page)
            report.findings += output.findings
            if report.aggregateRating == nil { report.aggregateRating = output.aggregateRating }
            let usable = output.reviews.filter { !$0.text.isEmpty || $0.rating != nil }
            report.layerCounts.append(("\(layer.method)", usable.count))
            let empty = output.reviews.count - usable.count
            if report.method == nil, !usable.isEmpty {
                report.method = layer.method
                report.reviews = usable
                if empty > 0 {
                    report.findings.append(Finding(.warning, code: "empty-review", source: source,
                                                   message: "\(empty) review block(s) had neither text nor rating",
                                                   hint: "check the page or the profile's body xpath"))
                }
            }
        }
        if report.method == nil {
            report.findings.append(Finding(.warning, code: "no-reviews", source: source,
                                           message: "no reviews found by JSON-LD, microdata, RDFa, profile or fallback",
                                           hint: "write a site profile (Lexicons/sites/_template.yaml) and pass --profile"))
        }
        for review in report.reviews where review.date == nil && review.rawDate != nil {
            report.findings.append(Finding(.warning, code: "unparsed-date", source: source, field: "date",
                                           message: "cannot read the date '\(review.rawDate!)'",
                                           hint: "the record keeps no date"))
        }
        return (report, nextPage(document, profile: profile))
    }

    /// A forced profile, else the first whose host matches, else the first whose test XPath finds something.
    func chooseProfile(for page: PageContext) -> SiteProfile? {
        if let forced = options.forcedProfiles.first { return forced }
        if let host = page.host, let byHost = options.profiles.first(where: { $0.matches(host: host) }) {
            return byHost
        }
        return options.profiles.first { ProfileExtractor(profile: $0).applies(to: page) }
    }

    /// The href of the profile's next selector or of `rel="next"`, as written on the page (resolved later).
    func nextPage(_ document: HTMLDocument, profile: SiteProfile?) -> String? {
        let relNext = "(//link|//a)[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
        for expression in (profile?.next ?? []) + [relNext] {
            if let href = (try? document.evaluate(expression))?.firstText { return href }
        }
        return nil
    }

    /// The host a saved page names for itself: `<link rel="canonical">`, `og:url`, or `<base href>`.
    static func declaredHost(_ document: HTMLDocument) -> String? {
        let expression = "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content | //base/@href"
        guard let nodes = try? document.select(expression) else { return nil }
        return nodes.lazy.compactMap { URL(string: $0.text())?.host?.lowercased() }.first
    }

    /// `www.yelp.com` → `yelp.com`.
    static func siteName(_ host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}

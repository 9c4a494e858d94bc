import Foundation
import MTMRecord

/// Follows a start URL through its next pages: up to `maxPages`, waiting `delay` (or robots.txt's Crawl-delay)
/// between requests to a host, honouring robots.txt unless told not to, and only ever following http(s) links on
/// the start URL's host (never `file:` or other local paths).
struct Crawler {
    let options: ScrapeOptions
    private(set) var findings: [Finding] = []
    private var robots: [String: RobotsPolicy] = [:]
    private var lastRequest: [String: Date] = [:]
    /// The product token robots.txt groups are matched against.
    static let robotsAgent = "mtm"

    init(options: ScrapeOptions) {
        self.options = options
    }

    typealias PageScraper = (_ bytes: [UInt8], _ source: String, _ url: URL?, _ charset: String?)
        -> (report: PageReport, next: String?)

    mutating func crawl(start: String, scrapePage: PageScraper, emit: (PageReport) -> Void) {
        let fetcher = PageFetcher(options: options)
        defer { fetcher.close() }
        guard var url = URL(string: start), let startHost = url.host?.lowercased(), Self.isWeb(url) else {
            findings.append(Finding(.error, code: "bad-url", source: start, message: "not an http(s) URL",
                                    hint: "check the URL"))
            return
        }
        var visited: Set<String> = []
        var pages = 0
        while pages < max(1, options.maxPages) {
            guard visited.insert(url.absoluteString).inserted else { break }
            guard allowedByRobots(url, fetcher: fetcher) else {
                findings.append(Finding(.error, code: "robots-disallowed", source: url.absoluteString,
                                        message: "robots.txt does not allow this page for mtm",
                                        hint: "respect it, or pass --ignore-robots if you have permission"))
                return
            }
            wait(for: url)
            let page: FetchedPage
            do { page = try fetcher.fetch(url) } catch {
                findings.append(error)
                return
            }
            pages += 1
            guard (200..<300).contains(page.status) else {
                findings.append(Finding(.error, code: "http-status", source: url.absoluteString,
                                        message: "the server answered HTTP \(page.status)",
                                        hint: "check the URL; the crawl stops here"))
                return
            }
            if let type = page.mimeType, !type.contains("html") {
                findings.append(Finding(.error, code: "not-html", source: url.absoluteString,
                                        message: "the server sent \(type), not an HTML page",
                                        hint: "give the URL of the review page itself"))
                return
            }
            let (report, next) = scrapePage(page.bytes, page.url.absoluteString, page.url, page.charset)
            emit(report)
            guard let next, let nextURL = URL(string: next, relativeTo: page.url)?.absoluteURL else { return }
            guard Self.isWeb(nextURL), nextURL.host?.lowercased() == startHost else {
                findings.append(Finding(.warning, code: "unsafe-link", source: page.url.absoluteString, field: "next",
                                        message: "the next-page link '\(next)' leaves \(startHost) or is not http(s)",
                                        hint: "it is not followed; start a separate crawl there if you mean to"))
                return
            }
            if pages >= options.maxPages, options.maxPages > 0 {
                findings.append(Finding(.warning, code: "max-pages", source: page.url.absoluteString,
                                        message: "stopped after \(pages) page(s); a next page exists",
                                        hint: "raise --max-pages to read more"))
            }
            url = nextURL
        }
    }

    static func isWeb(_ url: URL) -> Bool {
        let scheme = url.scheme?.lowercased()
        return (scheme == "http" || scheme == "https") && url.host != nil
    }

    private mutating func allowedByRobots(_ url: URL, fetcher: PageFetcher) -> Bool {
        guard options.respectRobots, let origin = Self.origin(url) else { return true }
        let policy: RobotsPolicy
        if let known = robots[origin] {
            policy = known
        } else {
            let robotsURL = URL(string: origin + "/robots.txt")!
            wait(for: robotsURL)
            do {
                let answer = try fetcher.fetch(robotsURL)
                if (200..<300).contains(answer.status) {
                    policy = RobotsPolicy(robotsTxt: String(decoding: answer.bytes, as: UTF8.self),
                                          agent: Self.robotsAgent)
                } else if answer.status >= 500 {
                    // RFC 9309 §2.3.1.4: an unreachable robots.txt means "disallow everything".
                    policy = RobotsPolicy(robotsTxt: "User-agent: *\nDisallow: /", agent: Self.robotsAgent)
                } else {
                    policy = .allowAll
                }
            } catch {
                policy = .allowAll
            }
            robots[origin] = policy
        }
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        return policy.allows(path)
    }

    /// Sleeps until `delay` (or the host's Crawl-delay) has passed since the last request to the host.
    private mutating func wait(for url: URL) {
        guard let origin = Self.origin(url) else { return }
        let delay = max(options.delay, robots[origin]?.crawlDelay ?? 0)
        if let last = lastRequest[origin] {
            let remaining = delay - Date().timeIntervalSince(last)
            if remaining > 0 { Thread.sleep(forTimeInterval: remaining) }
        }
        lastRequest[origin] = Date()
    }

    static func origin(_ url: URL) -> String? {
        guard let scheme = url.scheme, let host = url.host else { return nil }
        return "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
    }
}

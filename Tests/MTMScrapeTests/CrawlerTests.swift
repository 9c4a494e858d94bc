import Foundation
import MTMRecord
import MTMScrape
import Testing

/// The URL path against a local server on 127.0.0.1 serving Fixtures/site (no outside network).
@Suite(.enabled(if: LocalServer.available, "python3 is needed for the local HTTP server"))
struct CrawlerTests {
    static let site = TestPaths.fixtures.appendingPathComponent("site")

    func scraper(_ configure: (inout ScrapeOptions) -> Void = { _ in }) throws -> Scraper {
        try shippedScraper {
            $0.delay = 0
            $0.timeout = 10
            configure(&$0)
        }
    }

    @Test func crawlFollowsNextPagesAndNeverAFileLink() throws {
        let server = try LocalServer(directory: Self.site)
        let result = try scraper { $0.maxPages = 10 }.scrape([server.url("page1.html")])
        #expect(result.pages.map(\.source) == ["page1.html", "page2.html", "page3.html"].map(server.url))
        #expect(result.records.map(\.text) == ["Fresh bread every morning.", "Croissants sold out by nine.",
                                               "Crème brûlée tart was perfect.", "Staff were kind to my kids."])
        #expect(result.records.map(\.rating) == [5, 3, 5, 4])
        #expect(result.records.first?.id == "127.0.0.1:p1r1")
        #expect(result.records.allSatisfy { $0.method == "json-ld" && $0.site == "127.0.0.1" })
        let unsafe = result.allFindings.filter { $0.code == "unsafe-link" }
        #expect(unsafe.count == 1)
        #expect(unsafe.first?.message.contains("file:///etc/passwd") == true)
    }

    @Test func maxPagesStopsTheCrawlWithAFinding() throws {
        let server = try LocalServer(directory: Self.site)
        let result = try scraper { $0.maxPages = 2 }.scrape([server.url("page1.html")])
        #expect(result.pages.count == 2)
        #expect(result.records.count == 3)
        #expect(result.allFindings.map(\.code) == ["max-pages"])
    }

    @Test func robotsTxtIsRespectedUnlessIgnored() throws {
        let server = try LocalServer(directory: Self.site)
        let polite = try scraper().scrape([server.url("private/reviews.html")])
        #expect(polite.records.isEmpty)
        #expect(polite.allFindings.map(\.code) == ["robots-disallowed"])
        let ignoring = try scraper { $0.respectRobots = false }.scrape([server.url("private/reviews.html")])
        #expect(ignoring.records.map(\.text) == ["This page is disallowed by robots.txt."])
    }

    @Test func httpErrorsAndOversizedPagesAreFindings() throws {
        let server = try LocalServer(directory: Self.site)
        let missing = try scraper().scrape([server.url("missing.html")])
        #expect(missing.allFindings.map(\.code) == ["http-status"])
        let text = try scraper().scrape([server.url("robots.txt")])
        #expect(text.allFindings.map(\.code) == ["not-html"])
        let small = try scraper { $0.maxPageBytes = 200 }.scrape([server.url("page1.html")])
        #expect(small.records.isEmpty)
        #expect(small.allFindings.map(\.code) == ["page-too-large"])
    }

    @Test func unreachableHostIsAFinding() throws {
        // A port nobody listens on: bind a server, note its port, stop it.
        let port = try { () throws -> Int in let s = try LocalServer(directory: Self.site); return s.port }()
        let result = try scraper { $0.timeout = 5 }.scrape(["http://127.0.0.1:\(port)/page1.html"])
        #expect(result.records.isEmpty)
        #expect(result.allFindings.map(\.code) == ["fetch-failed"])
    }
}

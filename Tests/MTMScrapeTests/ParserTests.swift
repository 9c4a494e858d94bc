import Foundation
import MTMScrape
import Testing

@Suite struct RatingParserTests {
    @Test(arguments: [
        ("5.0 out of 5 stars", 5.0, 5.0 as Double?), ("Rated 4 stars out of five stars", 4, 5),
        ("4,0 von 5 Sternen", 4, 5), ("3,5 sur 5 étoiles", 3.5, 5), ("7/10", 7, 10), ("2 of 5 bubbles", 2, 5),
        ("4 star rating", 4, nil), ("3.0 star rating", 3, nil), ("Rated 8 out of 10", 8, 10),
    ])
    func readsRatingsFromText(_ text: String, _ value: Double, _ best: Double?) {
        let rating = RatingParser.parse(text: text)
        #expect(rating?.value == value)
        #expect(rating?.best == best)
    }

    @Test func readsRatingsFromClassesWithAPattern() throws {
        let pattern = try NSRegularExpression(pattern: #"bubble_(\d+)"#)
        #expect(RatingParser.parse(text: "ui_bubble_rating bubble_45", pattern: pattern, divisor: 10)?.value == 4.5)
        #expect(RatingParser.parse(text: "ui_bubble_rating", pattern: pattern, divisor: 10) == nil)
    }

    @Test(arguments: ["", "no stars here", "☆☆☆"])
    func textWithoutNumbersGivesNil(_ text: String) {
        #expect(RatingParser.parse(text: text) == nil)
    }

    @Test func randomStringsNeverCrash() {
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 0...30)).map { _ in "0123456789 ,./ofstar".randomElement()! })
            if let r = RatingParser.parse(text: text), let best = r.best { #expect(r.value <= best) }
        }
    }
}

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2024-03-01", "2024-03-01"), ("2024-03-01T23:02:55.425Z", "2024-03-01T23:02:55.425Z"),
        ("Reviewed in the United States on November 14, 2019", "2019-11-14"), ("Jan 5, 2024", "2024-01-05"),
        ("Reviewed 3 June 2019", "2019-06-03"), ("3/23/2015", "2015-03-23"), ("Sept. 9, 2021", "2021-09-09"),
    ])
    func readsDates(_ text: String, _ iso: String) {
        #expect(DateParser.iso8601(text) == iso)
    }

    @Test(arguments: ["", "3 weeks ago", "2024-13-40", "Smarch 3, 2020", "13/45/2020"])
    func unreadableDatesGiveNil(_ text: String) {
        #expect(DateParser.iso8601(text) == nil)
    }
}

@Suite struct ReviewTextCleanerTests {
    let cleaner = ReviewTextCleaner()

    @Test(arguments: [
        ("Great stay.\nRead more", "Great stay."), ("Great stay. Read more", "Great stay."),
        ("Great stay.… Read more", "Great stay."), ("Translated by Google\nSehr gut.\nShow original", "Sehr gut."),
        ("Good.\n\n\n\nFull Review", "Good."), ("Fine. See translation", "Fine."),
        ("I read more books now", "I read more books now"), ("More", "More"),
    ])
    func removesStubs(_ text: String, _ cleaned: String) {
        #expect(cleaner.clean(text) == cleaned)
    }

    @Test func emptyInputStaysEmpty() {
        #expect(cleaner.clean("") == "")
        #expect(cleaner.clean("Read more") == "")
    }

    @Test func customStubsReplaceTheDefaults() {
        let custom = ReviewTextCleaner(stubLines: ["mehr anzeigen"], stubSuffixes: [])
        #expect(custom.clean("Gut.\nMehr anzeigen") == "Gut.")
        #expect(custom.clean("Gut.\nRead more") == "Gut.\nRead more")
    }
}

@Suite struct RobotsPolicyTests {
    static let robots = """
        # comment
        User-agent: Googlebot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Allow: /private/open$
        Disallow: /*.pdf$
        Disallow: /search?*q=
        Crawl-delay: 2

        User-agent: mtm
        User-agent: other
        Disallow: /no-mtm/
        """

    @Test func specificGroupWinsOverTheWildcard() {
        let policy = RobotsPolicy(robotsTxt: Self.robots, agent: "mtm")
        #expect(!policy.allows("/no-mtm/page"))
        #expect(policy.allows("/private/page"), "the * group does not apply when mtm has its own")
        #expect(policy.crawlDelay == nil)
    }

    @Test(arguments: [("/private/x", false), ("/private/open", true), ("/private/open/x", false), ("/a.pdf", false),
                      ("/a.pdf?x", true), ("/search?lang=en&q=x", false), ("/search", true), ("/", true)])
    func wildcardGroupRules(_ path: String, _ allowed: Bool) {
        let policy = RobotsPolicy(robotsTxt: Self.robots, agent: "somebot")
        #expect(policy.allows(path) == allowed)
        #expect(policy.crawlDelay == 2)
    }

    @Test func emptyOrGarbageRobotsAllowEverything() {
        #expect(RobotsPolicy(robotsTxt: "", agent: "mtm").allows("/x"))
        #expect(RobotsPolicy(robotsTxt: "<html>not robots</html>", agent: "mtm").allows("/x"))
        #expect(RobotsPolicy(robotsTxt: "User-agent: *\nDisallow:", agent: "mtm").allows("/x"))
    }
}

@Suite struct ScrapeRobustnessTests {
    func scrape(_ bytes: [UInt8], charset: String? = nil) throws -> PageReport {
        try shippedScraper().scrapePage(bytes: bytes, source: "generated.html", url: nil, charset: charset).report
    }

    @Test func deeplyNestedPageIsAFindingNotACrash() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "<p>deep</p>" + String(repeating: "</div>", count: depth)
        let report = try scrape(Array(html.utf8))
        #expect(report.findings.contains { $0.code == "html-parse" })
    }

    @Test func fiftyMegabytePageIsRead() throws {
        let review = Array(#"<script type="application/ld+json">{"@type":"Review","reviewBody":"Fine.","reviewRating":{"ratingValue":4}}</script>"#.utf8)
        let filler = Array("<p>Padding paragraph with some words in it.</p>\n".utf8)
        var bytes = Array("<html><body>".utf8) + review
        bytes.reserveCapacity(50 << 20 + 200)
        while bytes.count < 50 << 20 { bytes += filler }
        let report = try scrape(bytes)
        #expect(report.method == .jsonLD)
        #expect(report.reviews.map(\.text) == ["Fine."])
    }

    @Test func wrongCharsetsAreHandled() throws {
        // Declares UTF-8 but holds ISO-8859-1 bytes; and a header charset libxml2 does not know.
        let html = Array(#"<meta charset="utf-8"><script type="application/ld+json">{"@type":"Review","reviewBody":"Cr"#.utf8)
            + [0xE8] + Array(#"me","reviewRating":{"ratingValue":2}}</script>"#.utf8)
        let report = try scrape(html)
        let text = try #require(report.reviews.first?.text)
        #expect(text.hasPrefix("Cr") && text.hasSuffix("me"), "the review survives the wrong declaration")
        #expect(report.reviews.first?.rating == 2)
        let unknown = try scrape(Array("<p>x</p>".utf8), charset: "x-klingon")
        #expect(unknown.findings.contains { $0.code == "html-parse" && $0.message.contains("x-klingon") })
    }

    @Test func emptyAndBinaryPagesAreFindings() throws {
        #expect(try scrape([]).findings.map(\.code) == ["unparsable-page"])
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = (0..<Int.random(in: 1...2_000, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let report = try scrape(bytes)
            #expect(report.reviews.isEmpty || report.method == .fallback)
        }
    }
}

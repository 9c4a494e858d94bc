import Foundation
import MTMRecord
import MTMScrape
import Testing

@Suite struct ExtractionLayerTests {
    func scrape(_ fixture: String) throws -> Scraper.Result {
        try shippedScraper().scrape([TestPaths.fixture(fixture)])
    }

    @Test func jsonLDFindsReviewsInReviewArraysAndGraphs() throws {
        let result = try scrape("jsonld_product.html")
        let records = result.records
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0.method == "json-ld" && $0.site == "shop.example.org" })
        #expect(records[0].text == "Boils in four minutes & packs small.\nThe lid rattles though.")
        #expect(records[0].title == "Boils fast")
        #expect(records[0].rating == 4 && records[0].ratingScale == RatingScale(lower: 1, upper: 5))
        #expect(records[0].author == "Dana K.")
        #expect(records[0].date == "2024-03-01")
        #expect(records[0].id == "shop.example.org:#r1")
        #expect(records[1].ratingScale == RatingScale(lower: 1, upper: 10))
        #expect(records[1].date == "2024-04-15T10:20:00Z")
        #expect(records[2].text == "Used it on a week-long hike.\nNo complaints.")
        #expect(records[2].title == "Great for camping")
        #expect(records[2].author == "Ana, Luis")
        let page = try #require(result.pages.first)
        #expect(page.aggregateRating == AggregateRating(ratingValue: 3.5, bestRating: 5, reviewCount: 2))
        #expect(page.layerCounts.first?.method == "json-ld" && page.layerCounts.first?.count == 3)
    }

    @Test func brokenJSONLDIsAFindingAndOtherScriptsStillCount() throws {
        let result = try scrape("jsonld_product.html")
        let broken = result.allFindings.filter { $0.code == "broken-json-ld" }
        #expect(broken.count == 1)
        #expect(broken.first?.field == "ld+json script 3")
        #expect(result.records.count == 3)
    }

    @Test func microdataReadsNestedRatingAuthorAndDates() throws {
        let result = try scrape("microdata_reviews.html")
        let r = result.records
        #expect(r.count == 3)
        #expect(r.allSatisfy { $0.method == "microdata" })
        #expect(r.map(\.rating) == [2, 5, 4])
        #expect(r.map(\.author) == ["Priya", "Tom", "Lee"])
        #expect(r[0].text == "We waited forty minutes for eggs.\nThe staff apologised twice.")
        #expect(r[0].title == "Slow on a Sunday")
        #expect(r[0].date == "2023-11-02")
        #expect(r[1].text == "Best chowder on the coast.", "the 'Read more' link is removed")
        #expect(r[2].text == "Lovely view, fair prices.", "hidden text is dropped")
        #expect(result.pages.first?.aggregateRating?.ratingValue == 4.1)
        #expect(result.pages.first?.aggregateRating?.reviewCount == 3)
    }

    @Test func rdfaReadsTypeofAndPropertyAttributes() throws {
        let result = try scrape("rdfa_reviews.html")
        let r = result.records
        #expect(r.count == 2)
        #expect(r.allSatisfy { $0.method == "rdfa" })
        #expect(r[0].text == "The driver skipped our stop.\nNo refund offered.")
        #expect(r[0].author == "Inês")
        #expect(r[0].rating == 1 && r[0].ratingScale?.upper == 5)
        #expect(r[0].date == "2022-07-09")
        #expect(r[1].author == "Marc")
    }

    @Test func fallbackFindsRepeatedBlocksWithLowConfidence() throws {
        let result = try scrape("fallback_blog.html")
        let r = result.records
        #expect(r.count == 3)
        #expect(r.allSatisfy { $0.method == "fallback" })
        #expect(result.pages.first?.method?.confidence ?? 1 < ExtractionMethod.jsonLD.confidence)
        #expect(r[0].text == "The guided tour was the highlight of our trip, thank you!")
        #expect(r.map(\.rating) == [5, 2, nil])
        #expect(r[1].date == "2022-06-03")
        #expect(!r.contains { $0.text.contains("tracking") }, "script text never appears")
    }

    @Test func pageWithoutReviewsIsAFinding() throws {
        let result = try scrape("no_reviews.html")
        #expect(result.records.isEmpty)
        #expect(result.allFindings.map(\.code) == ["no-reviews"])
        #expect(result.pages.first?.summary.contains("0 reviews") == true)
    }

    @Test func layersRunInOrderAndTheFirstWithReviewsWins() throws {
        // Yelp's classic page has microdata and matches the Yelp profile: microdata (layer 2) wins.
        let html = """
            <html><head><meta property="og:url" content="https://www.yelp.com/biz/x"></head><body>
            <div itemprop="review" itemscope itemtype="http://schema.org/Review" data-review-id="a">
            <p itemprop="description">From microdata.</p><meta itemprop="ratingValue" content="3"></div>
            </body></html>
            """
        let report = try shippedScraper().scrapePage(bytes: Array(html.utf8), source: "mixed.html", url: nil,
                                                      charset: nil).report
        #expect(report.method == .microdata)
        #expect(report.site == "yelp")
        #expect(report.layerCounts.map(\.method) == ["json-ld", "microdata", "rdfa", "profile:yelp"])
        #expect(report.layerCounts.map(\.count) == [0, 1, 0, 1])
    }

    @Test func directoriesAreSearchedRecursivelyInSortedOrder() throws {
        let result = try shippedScraper().scrape([TestPaths.fixtures.path])
        #expect(result.pages.map(\.source) == result.pages.map(\.source).sorted())
        let sources = result.pages.map { URL(fileURLWithPath: $0.source).lastPathComponent }
        #expect(sources.contains("reviews.html"), "files in subfolders are found")
        #expect(!sources.contains("robots.txt"))
        #expect(sources.count == 14)
    }

    @Test func savedPagesNeverFollowLinks() throws {
        // page3.html names file:///etc/passwd as its next page; page1.html names page2.html. Files are read alone.
        let site = TestPaths.fixtures.appendingPathComponent("site")
        let result = try shippedScraper { $0.maxPages = 10 }.scrape([site.appendingPathComponent("page3.html").path,
                                                                     site.appendingPathComponent("page1.html").path])
        #expect(result.pages.count == 2)
        #expect(result.records.count == 3)
    }

    @Test func missingInputIsAFinding() throws {
        let result = try shippedScraper().scrape(["/no/such/file.html", "file:///etc/passwd"])
        #expect(result.records.isEmpty)
        #expect(result.findings.map(\.code) == ["unreadable-input", "unsupported-url"])
    }

    @Test func pagesOverTheSizeLimitAreSkippedWithAFinding() throws {
        let scraper = try shippedScraper { $0.maxPageBytes = 1_000 }
        let result = scraper.scrape([TestPaths.fixture("jsonld_product.html")])
        #expect(result.records.isEmpty)
        #expect(result.allFindings.map(\.code) == ["page-too-large"])
    }

    @Test func duplicateReviewIDsAcrossPagesAreKeptOnce() throws {
        let path = TestPaths.fixture("trustpilot.html")
        let result = try shippedScraper().scrape([path, path])
        #expect(result.records.count == 2)
        #expect(result.allFindings.filter { $0.code == "duplicate-review" }.count == 2)
    }
}

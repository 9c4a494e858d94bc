import Foundation
import MTMRecord
import MTMScrape
import Testing

@Suite struct SiteProfileTests {
    struct Case: Sendable, CustomStringConvertible {
        var fixture: String
        var profile: String
        var ratings: [Double?]
        var authors: [String?]
        var firstText: String
        var firstTitle: String?
        var firstDate: String?
        var description: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "amazon_de.html", profile: "amazon", ratings: [4, 1, 5], authors: ["Jürgen", "Mia", "Ole"],
             firstText: "Kocht schnell.\nIst aber sehr laut.", firstTitle: "Solide, aber laut", firstDate: "2021-03-03"),
        Case(fixture: "yelp_modern.html", profile: "yelp", ratings: [4, 2, 5], authors: ["Zoe P.", "Raj", "Kim"],
             firstText: "Rich broth, generous portions. Queue was long.", firstTitle: nil, firstDate: "2024-01-05"),
        Case(fixture: "tripadvisor_classic.html", profile: "tripadvisor", ratings: [4, 1, 5],
             authors: ["Helga_M", "TravelTom", "sunny"],
             firstText: "Clean rooms and a friendly desk. Breakfast was average.",
             firstTitle: "Good base for the old town", firstDate: "2019-06-03"),
        Case(fixture: "google_play_2022.html", profile: "google-play", ratings: [2, 5], authors: ["Anil Kumar", "Maria S"],
             firstText: "Widget stopped updating after the last update. Please fix.", firstTitle: nil,
             firstDate: "2023-03-14"),
        Case(fixture: "trustpilot.html", profile: "trustpilot", ratings: [1, 4], authors: ["Grace Obi", "Ben"],
             firstText: "Driver left the box on the step.\nEverything inside was soaked.",
             firstTitle: "Parcel left in the rain", firstDate: "2024-05-02T08:14:00.000Z"),
    ]

    @Test(arguments: cases)
    func shippedProfileReadsItsSite(_ c: Case) throws {
        let result = try shippedScraper().scrape([TestPaths.fixture(c.fixture)])
        let records = result.records
        #expect(records.count == c.ratings.count)
        #expect(records.allSatisfy { $0.method == "profile:\(c.profile)" && $0.site == c.profile })
        #expect(records.map(\.rating) == c.ratings)
        #expect(records.map(\.author) == c.authors)
        #expect(records.first?.text == c.firstText)
        #expect(records.first?.title == c.firstTitle)
        #expect(records.first?.date == c.firstDate)
        #expect(records.allSatisfy { $0.ratingScale == .stars })
        #expect(result.allFindings.isEmpty, "\(result.allFindings)")
    }

    @Test func stubsAndTranslationNotesAreRemoved() throws {
        let records = try shippedScraper().scrape([TestPaths.fixture("trustpilot.html"),
                                                   TestPaths.fixture("amazon_de.html")]).records
        #expect(records[1].text == "Arrived next day, tracking was accurate.")
        #expect(records[3].text == "Der Schalter ist abgebrochen.")
    }

    @Test(arguments: [("www.amazon.de", "amazon"), ("amazon.co.uk", "amazon"), ("smile.amazon.com", "amazon"),
                      ("www.yelp.com", "yelp"), ("uk.trustpilot.com", "trustpilot"), ("play.google.com", "google-play"),
                      ("www.tripadvisor.co.uk", "tripadvisor")])
    func profilesMatchTheirHosts(_ host: String, _ name: String) throws {
        let profiles = try SiteProfile.loadAll(directory: TestPaths.sites)
        #expect(profiles.filter { $0.matches(host: host) }.map(\.name) == [name])
    }

    @Test(arguments: ["amazonaws.com", "example.com", "google.com", "notyelp.com"])
    func profilesDoNotMatchOtherHosts(_ host: String) throws {
        let profiles = try SiteProfile.loadAll(directory: TestPaths.sites)
        #expect(profiles.filter { $0.matches(host: host) }.isEmpty)
    }

    @Test func shippedProfilesLoadAndTheTemplateIsValid() throws {
        let profiles = try SiteProfile.loadAll(directory: TestPaths.sites)
        #expect(profiles.map(\.name) == ["amazon", "google-play", "tripadvisor", "trustpilot", "yelp"])
        let template = try SiteProfile.load(path: TestPaths.sites.appendingPathComponent("_template.yaml").path)
        #expect(template.name == "example")
        #expect(template.date.count == 2)
    }

    @Test func forcedProfileReadsAnyPage() throws {
        let yaml = """
            name: guestbook
            review: "//div[@class='entry']"
            body: ".//p"
            author: ".//b"
            rating: {xpath: ".//span[starts-with(@class, 'stars-')]/@class", pattern: 'stars-(\\\\d)'}
            """
        let profile = try SiteProfile.parse(yaml: yaml, path: "guestbook.yaml")
        let scraper = try shippedScraper { $0.forcedProfiles = [profile] }
        let records = scraper.scrape([TestPaths.fixture("fallback_blog.html")]).records
        #expect(records.map(\.method) == Array(repeating: "profile:guestbook", count: 3))
        #expect(records.map(\.author) == ["Olga", "Hamid", "Ruth"])
        #expect(records.map(\.rating) == [5, 2, nil])
    }

    @Test func nestedContainersFromUnclosedDivsKeepTheirOwnFields() throws {
        // libxml2 nests the second review inside the first when the first <div> is never closed.
        let html = """
            <html><body>
            <div class="rv"><p class="t">First text, no author.</p>
            <div class="rv"><span class="who">Second</span><p class="t">Second text.</p></div>
            </body></html>
            """
        let profile = SiteProfile(name: "nested", test: "//div[@class='rv']", review: "//div[@class='rv']",
                                  body: [".//p[@class='t']"], author: [".//span[@class='who']"])
        let scraper = Scraper(options: { var o = ScrapeOptions(); o.profiles = [profile]; return o }())
        let report = scraper.scrapePage(bytes: Array(html.utf8), source: "nested.html", url: nil, charset: nil).report
        #expect(report.reviews.map(\.text) == ["First text, no author.", "Second text."])
        #expect(report.reviews.map(\.author) == [nil, "Second"], "the outer review does not borrow the inner author")
    }

    @Test(arguments: [
        ("name: x\nreview: '//div['\nbody: './/p'", "review"),
        ("name: x\nreview: '//div'", "body"),
        ("review: '//div'\nbody: './/p'", "name"),
        ("name: x\nreview: '//div'\nbody: './/p'\ncolour: red", "colour"),
        ("name: x\nreview: '//div'\nbody: './/p'\nrating: {xpath: '@a', pattern: 'no group'}", "rating.pattern"),
        ("- just\n- a list", nil),
    ])
    func invalidProfilesNameTheField(_ yaml: String, _ field: String?) {
        do {
            _ = try SiteProfile.parse(yaml: yaml, path: "bad.yaml")
            Issue.record("accepted an invalid profile")
        } catch {
            guard case let .invalidProfile(path, reportedField, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(path == "bad.yaml")
            #expect(reportedField == field)
            #expect(error.description.contains("_template.yaml"))
        }
    }
}

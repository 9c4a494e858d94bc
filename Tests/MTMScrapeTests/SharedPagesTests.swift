import Foundation
import MTMRecord
import MTMScrape
import Testing

/// The bar: the four real pages in ../shared/corpora/review_html_pages (© the sites; read in place, never copied).
@Suite(.enabled(if: TestPaths.sharedPagesPresent, "../shared/corpora/review_html_pages is absent"))
struct SharedPagesTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var count: Int
        var method: String
        var site: String?
        /// One review's full text, in page order.
        var index: Int
        var text: String
        var rating: Double
        var description: String { file }
    }

    static let pages: [Expectation] = [
        Expectation(file: "amazon_com_customer_reviews_lifted_naturals.html", count: 9, method: "profile:amazon",
                    site: "amazon", index: 0,
                    text: "Been almost 3 weeks since taking and started to feel the difference on my 2 week mark",
                    rating: 5),
        Expectation(file: "google_play_weatherpro_com.mg.android_2018.html", count: 40, method: "profile:google-play",
                    site: "google-play", index: 0, text: "Very good app", rating: 5),
        Expectation(file: "yelp_contigo_san_francisco.html", count: 40, method: "microdata", site: "yelp",
                    index: 0, text: """
                    My wife and I dine at Contigo once a month ever since its open. Why we love this place?

                    1) it's tapas style- we like sampling/eating just about everything
                    2) the food is impeccable, yet simple
                    3) small and intimate restaurant, where the staff knows your name after you've been there a few time
                    4) the menu changes seasonally
                    5) good variety of wines
                    6) great variety of cava
                    7) amazing sparkling sangria

                    Please make a reservation by going to OpenTable or calling the restaurant directly. After 6.30pm on most night, walk-ins may have to wait up to 30-45 mins.

                    Also, this Noe Valley (San Francisco), do not complain about lack of parking! If you have not figured out that it's tough to find parking in San Francisco, get a reality check. So do not complain and give the restaurant a lower rating because it's tough to find parking. If you are going to drive, then figure on walking 1-5 blocks to find parking. Walking is good for you.
                    """, rating: 5),
        Expectation(file: "allrecipes_four_cheese_margherita_pizza.html", count: 10, method: "json-ld",
                    site: "allrecipes.com", index: 1, text: """
                    This was so good! I made only one 12" pizza for two. I added more freshly chopped basil when I served it, as I didn't add enough when I topped the tomatoes. Definitely needs a lot of the basil for flavor. Maybe add some Italian seasoning the next time I make it. Used all four of the cheeses. I did make my own crust, didn't pre cook it, and baked for 20 minutes at 425 degrees. I didn't get a chance to take a picture as it was gone before I could get to it. No leftovers this week.
                    """, rating: 4),
    ]

    @Test(arguments: pages)
    func sharedPageYieldsEveryReview(_ page: Expectation) throws {
        let scraper = try shippedScraper()
        let result = scraper.scrape([TestPaths.sharedPages.appendingPathComponent(page.file).path])
        #expect(result.records.count == page.count)
        #expect(result.records.allSatisfy { $0.method == page.method })
        #expect(result.records.allSatisfy { $0.rating != nil && $0.ratingScale != nil })
        #expect(result.records.allSatisfy { !$0.text.isEmpty })
        #expect(result.records.first?.site == page.site)
        #expect(Set(result.records.map(\.id)).count == page.count)
        let record = try #require(result.records.dropFirst(page.index).first)
        #expect(record.text == page.text)
        #expect(record.rating == page.rating)
    }
}

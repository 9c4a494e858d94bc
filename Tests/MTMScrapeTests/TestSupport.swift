import Foundation
import MTMScrape

/// Paths the tests use, found from this file.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let sites = repository.appendingPathComponent("Lexicons/sites")
    static let sharedPages = repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/review_html_pages")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static var sharedPagesPresent: Bool { FileManager.default.fileExists(atPath: sharedPages.path) }
}

/// A scraper with the shipped profiles.
func shippedScraper(_ configure: (inout ScrapeOptions) -> Void = { _ in }) throws -> Scraper {
    var options = ScrapeOptions()
    options.profiles = try SiteProfile.loadAll(directory: TestPaths.sites)
    configure(&options)
    return Scraper(options: options)
}

import Foundation

/// Settings of a scrape. Defaults are polite for one-off runs against a site.
public struct ScrapeOptions: Sendable {
    /// Pages fetched per starting URL, following "next" links (1 = only the URL given).
    public var maxPages = 1
    /// Seconds between requests to the same host (a robots.txt `Crawl-delay` raises it).
    public var delay: Double = 1
    /// Seconds before a request is given up.
    public var timeout: Double = 30
    public var respectRobots = true
    /// Pages larger than this are skipped with a finding (64 MiB: above the 50 MB pages the tests feed it).
    public var maxPageBytes = 64 << 20
    /// Says what is asking; robots.txt groups are matched on its product token `mtm`.
    public var userAgent = "mtm/0.1 (Moments That Matter customer-feedback analysis; review page reader)"
    /// The site profiles to match pages against (loaded from `Lexicons/sites/`).
    public var profiles: [SiteProfile] = []
    /// Profiles that always apply (`--profile PATH`), tried before host and test matching.
    public var forcedProfiles: [SiteProfile] = []
    public var cleaner = ReviewTextCleaner()

    public init() {}
}

import MTMHTML
import MTMRecord

/// A parsed page as every extraction layer sees it.
public struct PageContext {
    public let document: HTMLDocument
    /// File path or URL.
    public let source: String
    /// The page's host (from its URL, else from `<link rel="canonical">` / `og:url`), lower-cased.
    public let host: String?
    public let cleaner: ReviewTextCleaner

    public init(document: HTMLDocument, source: String, host: String?, cleaner: ReviewTextCleaner = .init()) {
        self.document = document
        self.source = source
        self.host = host
        self.cleaner = cleaner
    }

    /// Nodes for `expression`, or none (with a finding) when it fails.
    func select(_ expression: String, in node: HTMLNode? = nil, findings: inout [Finding]) -> [HTMLNode] {
        do { return try document.select(expression, in: node) } catch {
            findings.append(Finding(.warning, code: "xpath-failed", source: source, message: error.description))
            return []
        }
    }
}

/// What one layer found on a page.
public struct LayerOutput: Sendable {
    public var reviews: [ScrapedReview] = []
    public var aggregateRating: AggregateRating?
    public var findings: [Finding] = []
    public init() {}
}

/// One extraction layer: JSON-LD, microdata/RDFa, a site profile, or the generic fallback.
public protocol ReviewExtractor {
    var method: ExtractionMethod { get }
    func extract(from page: PageContext) -> LayerOutput
}

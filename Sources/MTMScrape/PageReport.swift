import MTMRecord

/// What one page gave: its reviews, the method that found them, the site, page metadata and findings. The CLI
/// prints it as the per-page summary.
public struct PageReport: Sendable {
    public var source: String
    /// Profile name, else the page's host, else nil.
    public var site: String?
    /// The method whose reviews were kept; nil when no layer found any.
    public var method: ExtractionMethod?
    public var reviews: [ScrapedReview]
    public var aggregateRating: AggregateRating?
    /// Reviews each layer found, in the order tried (`json-ld: 0, microdata: 0, profile:yelp: 40`).
    public var layerCounts: [(method: String, count: Int)]
    public var findings: [Finding]

    public init(source: String, site: String? = nil, method: ExtractionMethod? = nil, reviews: [ScrapedReview] = [],
                aggregateRating: AggregateRating? = nil, layerCounts: [(method: String, count: Int)] = [],
                findings: [Finding] = []) {
        self.source = source
        self.site = site
        self.method = method
        self.reviews = reviews
        self.aggregateRating = aggregateRating
        self.layerCounts = layerCounts
        self.findings = findings
    }

    /// Field name → number of reviews lacking it, for fields at least one review lacks, in output order.
    public var missingFieldCounts: [(field: String, count: Int)] {
        let fields = ["title", "rating", "author", "date"]
        return fields.compactMap { field in
            let count = reviews.filter { $0.missingFields.contains(field) }.count
            return count > 0 ? (field, count) : nil
        }
    }

    /// One line for standard error:
    /// `source: 40 reviews (microdata, site yelp); missing: title 40/40; tried json-ld 0, microdata 40, ...`.
    public var summary: String {
        var line = "\(source): \(reviews.count) review\(reviews.count == 1 ? "" : "s")"
        var details: [String] = []
        if let method { details.append("\(method)") } else { details.append("no method matched") }
        if let site { details.append("site \(site)") }
        if let method, method == .fallback { details.append("low confidence") }
        line += " (" + details.joined(separator: ", ") + ")"
        let missing = missingFieldCounts
        if !missing.isEmpty {
            line += "; missing: " + missing.map { "\($0.field) \($0.count)/\(reviews.count)" }.joined(separator: ", ")
        }
        if layerCounts.count > 1 {
            line += "; tried " + layerCounts.map { "\($0.method) \($0.count)" }.joined(separator: ", ")
        }
        if let aggregate = aggregateRating {
            line += "; page rating \(JSONWriter.format((aggregate.ratingValue * 100).rounded() / 100))"
            if let best = aggregate.bestRating { line += "/\(JSONWriter.format(best))" }
        }
        return line
    }
}

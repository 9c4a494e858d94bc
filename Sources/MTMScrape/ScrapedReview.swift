import MTMRecord

/// One review as an extraction layer found it, before it becomes a `FeedbackRecord`.
public struct ScrapedReview: Sendable, Hashable {
    /// The page's own id for the review (`data-review-id`, JSON-LD `@id`), when it has one.
    public var pageID: String?
    public var title: String?
    public var text: String
    public var rating: Double?
    /// The rating's best value (`bestRating`, "out of 5"); 5 when the page does not say.
    public var bestRating: Double?
    /// The rating's worst value (`worstRating`); 1 when the page does not say.
    public var worstRating: Double?
    public var author: String?
    /// ISO 8601 date when it could be read, else nil (the raw text is in `rawDate`).
    public var date: String?
    public var rawDate: String?

    public init(pageID: String? = nil, title: String? = nil, text: String, rating: Double? = nil,
                bestRating: Double? = nil, worstRating: Double? = nil, author: String? = nil, date: String? = nil,
                rawDate: String? = nil) {
        self.pageID = pageID
        self.title = title
        self.text = text
        self.rating = rating
        self.bestRating = bestRating
        self.worstRating = worstRating
        self.author = author
        self.date = date
        self.rawDate = rawDate
    }

    /// The field names (as in output) that this review lacks.
    public var missingFields: [String] {
        var missing: [String] = []
        if title == nil { missing.append("title") }
        if rating == nil { missing.append("rating") }
        if author == nil { missing.append("author") }
        if date == nil { missing.append("date") }
        return missing
    }
}

/// An `AggregateRating` a page states about its subject (kept as page metadata, not as a review).
public struct AggregateRating: Sendable, Hashable {
    public var ratingValue: Double
    public var bestRating: Double?
    public var ratingCount: Int?
    public var reviewCount: Int?

    public init(ratingValue: Double, bestRating: Double? = nil, ratingCount: Int? = nil, reviewCount: Int? = nil) {
        self.ratingValue = ratingValue
        self.bestRating = bestRating
        self.ratingCount = ratingCount
        self.reviewCount = reviewCount
    }
}

/// The extraction method that produced a page's reviews, in the order they are tried.
public enum ExtractionMethod: Sendable, Hashable, CustomStringConvertible {
    case jsonLD
    case microdata
    case rdfa
    case profile(String)
    case fallback

    /// The `method` field of records: `json-ld`, `microdata`, `rdfa`, `profile:NAME`, `fallback`.
    public var description: String {
        switch self {
        case .jsonLD: return "json-ld"
        case .microdata: return "microdata"
        case .rdfa: return "rdfa"
        case let .profile(name): return "profile:\(name)"
        case .fallback: return "fallback"
        }
    }

    /// How much to trust the fields found: structured data states them; a profile reads known markup; the
    /// fallback guesses from repeated blocks. (Ordinal judgements, not measured probabilities.)
    public var confidence: Double {
        switch self {
        case .jsonLD: return 1.0
        case .microdata, .rdfa: return 0.9
        case .profile: return 0.8
        case .fallback: return 0.4
        }
    }
}

/// One piece of customer feedback as it enters the pipeline: a review, a survey response, a transcript turn or a
/// scraped review. Every ingest path (files, transcripts, HTML pages) produces these; later stages never change
/// `text`, because evidence is quoted from it by byte offsets.
///
/// JSON field names are the project's contract (see `FeedbackRecord+JSON.swift`).
public struct FeedbackRecord: Sendable, Hashable {
    /// Stable identifier: the export's id column, or `file:line` when the input has none.
    public var id: String
    /// Where the record came from: a file path, `-` for standard input, or a URL.
    public var source: String
    /// 1-based line in `source` where the record starts (nil when the source has no lines, e.g. a URL).
    public var line: Int?
    /// The original text, exactly as read (after decoding to UTF-8).
    public var text: String
    public var title: String?
    /// The rating as given, on `ratingScale`.
    public var rating: Double?
    public var ratingScale: RatingScale?
    /// ISO 8601 date (`YYYY-MM-DD`, or with time) when known.
    public var date: String?
    /// Reporting period for trends, e.g. `2024-03` (month), `2024-Q1`, `2024-W09`.
    public var period: String?
    /// Segment columns in input order: channel, persona, product, region, ...
    public var segments: [Segment]
    /// Transcripts: who spoke, their role (`participant`, `interviewer`), and the turn's times in seconds.
    public var speaker: String?
    public var role: String?
    public var startTime: Double?
    public var endTime: Double?
    /// Scraped pages: the site (host or profile name), the extraction method, and the review's author.
    public var site: String?
    public var method: String?
    public var author: String?
    /// Surveys: per-touchpoint ratings (touchpoint id → rating on `ratingScale`) and stated importance.
    public var touchpointRatings: [TouchpointValue]
    public var statedImportance: [TouchpointValue]

    public init(id: String, source: String, line: Int? = nil, text: String, title: String? = nil,
                rating: Double? = nil, ratingScale: RatingScale? = nil, date: String? = nil, period: String? = nil,
                segments: [Segment] = [], speaker: String? = nil, role: String? = nil, startTime: Double? = nil,
                endTime: Double? = nil, site: String? = nil, method: String? = nil, author: String? = nil,
                touchpointRatings: [TouchpointValue] = [], statedImportance: [TouchpointValue] = []) {
        self.id = id
        self.source = source
        self.line = line
        self.text = text
        self.title = title
        self.rating = rating
        self.ratingScale = ratingScale
        self.date = date
        self.period = period
        self.segments = segments
        self.speaker = speaker
        self.role = role
        self.startTime = startTime
        self.endTime = endTime
        self.site = site
        self.method = method
        self.author = author
        self.touchpointRatings = touchpointRatings
        self.statedImportance = statedImportance
    }

    /// The value of segment `name`, if the record has it.
    public func segment(_ name: String) -> String? {
        segments.first { $0.name == name }?.value
    }
}

/// A named segment value, e.g. `channel = app`. Kept as an ordered list so output follows the input's column order.
public struct Segment: Sendable, Hashable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A number attached to a touchpoint id (survey ratings, stated importance).
public struct TouchpointValue: Sendable, Hashable {
    public var touchpoint: String
    public var value: Double
    public init(touchpoint: String, value: Double) {
        self.touchpoint = touchpoint
        self.value = value
    }
}

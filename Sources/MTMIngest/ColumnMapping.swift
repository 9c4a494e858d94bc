import MTMRecord

/// Which columns of a table hold the text, title, rating, date, id, segments and survey touchpoints: detected from
/// common names, overridden by options, and described (`choices`) so the CLI can print what was chosen.
public struct ColumnMapping: Sendable {
    /// Header names that mean "the feedback text", best first (compared after `normalize`).
    public static let textNames = ["text", "review text", "review", "body", "review body", "comment", "comments",
                                   "content", "feedback", "verbatim", "message", "answer", "response"]
    public static let titleNames = ["title", "review title", "summary", "headline", "subject"]
    public static let ratingNames = ["rating", "stars", "star rating", "score", "nps", "overall", "overall rating",
                                     "review rating", "rating value"]
    public static let dateNames = ["date", "created at", "timestamp", "time", "review date", "submitted at",
                                   "created", "datetime", "date time"]
    public static let idNames = ["id", "review id", "response id", "row id", "record id", "uuid"]

    public var columns: [String]
    public var text: [Int] = []
    public var title: Int?
    public var rating: Int?
    public var date: Int?
    public var id: Int?
    public var segments: [Int] = []
    public var touchpointRatings: [(column: Int, touchpoint: String)] = []
    public var statedImportance: [(column: Int, touchpoint: String)] = []
    /// What was chosen, for the CLI.
    public var choices: [IngestChoice] = []

    /// Lowercase, `_ - .` as spaces, a trailing `(…)` dropped, spaces collapsed: `Review_Text (EN)` → `review text`.
    public static func normalize(_ name: String) -> String {
        var s = name.lowercased()
        if let paren = s.firstIndex(of: "("), s.hasSuffix(")"), paren != s.startIndex { s = String(s[..<paren]) }
        s = String(s.map { $0 == "_" || $0 == "-" || $0 == "." ? " " : $0 })
        return s.split(separator: " ").joined(separator: " ")
    }

    /// Resolves the mapping for `columns`. `sample` rows help guess a text column when no name matches.
    public init(columns: [String], options: IngestOptions, source: String, sample: [[String]]) throws(IngestError) {
        self.columns = columns
        let normalized = columns.map(Self.normalize)
        var taken = Set<Int>()

        func resolve(_ reference: String, option: String) throws(IngestError) -> Int {
            if let i = columns.firstIndex(of: reference) { return i }
            if let i = normalized.firstIndex(of: Self.normalize(reference)) { return i }
            if let n = Int(reference), n >= 1, n <= columns.count { return n - 1 }
            throw IngestError.unknownColumn(path: source, option: option, column: reference, available: columns)
        }
        func detect(_ names: [String]) -> Int? {
            for name in names {
                if let i = normalized.indices.first(where: { normalized[$0] == name && !taken.contains($0) }) { return i }
            }
            return nil
        }
        func choose(_ subject: String, _ index: Int?, explicit: Bool, option: String) {
            guard let index else { return }
            taken.insert(index)
            choices.append(IngestChoice(source: source, subject: subject,
                                        value: "\"\(columns[index])\"" + (explicit ? "" : " (detected)"), override: option))
        }

        if let c = options.idColumn { id = try resolve(c, option: "--id-column") } else { id = detect(Self.idNames) }
        choose("id column", id, explicit: options.idColumn != nil, option: "--id-column")
        if let c = options.ratingColumn { rating = try resolve(c, option: "--rating-column") } else { rating = detect(Self.ratingNames) }
        choose("rating column", rating, explicit: options.ratingColumn != nil, option: "--rating-column")
        if let c = options.dateColumn { date = try resolve(c, option: "--date-column") } else { date = detect(Self.dateNames) }
        choose("date column", date, explicit: options.dateColumn != nil, option: "--date-column")
        for tp in options.touchpointRatings {
            let i = try resolve(tp.column, option: "--touchpoint-rating")
            touchpointRatings.append((i, tp.touchpoint))
            choose("rating of touchpoint \(tp.touchpoint)", i, explicit: true, option: "--touchpoint-rating")
        }
        for tp in options.statedImportance {
            let i = try resolve(tp.column, option: "--importance-column")
            statedImportance.append((i, tp.touchpoint))
            choose("stated importance of \(tp.touchpoint)", i, explicit: true, option: "--importance-column")
        }
        for c in options.segmentColumns {
            let i = try resolve(c, option: "--segment-column")
            segments.append(i)
            choose("segment column", i, explicit: true, option: "--segment-column")
        }
        var how = ""
        if !options.textColumns.isEmpty {
            for c in options.textColumns { text.append(try resolve(c, option: "--text-column")) }
        } else if let i = detect(Self.textNames) {
            text = [i]
            how = " (detected)"
        } else if let i = Self.longestTextColumn(sample, count: columns.count, excluding: taken) {
            text = [i]
            how = " (guessed: longest values)"
        }
        for i in text { taken.insert(i) }
        if !text.isEmpty {
            choices.append(IngestChoice(source: source, subject: "text column" + (text.count > 1 ? "s" : ""),
                                        value: text.map { "\"\(columns[$0])\"" }.joined(separator: " + ") + how,
                                        override: "--text-column"))
        }
        if let c = options.titleColumn { title = try resolve(c, option: "--title-column") }
        else if options.textColumns.isEmpty { title = detect(Self.titleNames) }
        if let title, !text.contains(title) {
            choose("title column", title, explicit: options.titleColumn != nil, option: "--title-column")
        } else {
            title = nil
        }
    }

    /// The column whose sampled values are longest on average and mostly not numbers.
    static func longestTextColumn(_ sample: [[String]], count: Int, excluding: Set<Int>) -> Int? {
        var best: (index: Int, length: Double)?
        for i in 0..<count where !excluding.contains(i) {
            let values = sample.compactMap { i < $0.count ? $0[i] : nil }.filter { !$0.isEmpty }
            guard !values.isEmpty else { continue }
            let numeric = values.filter { RatingParser.parse($0) != nil || DateParser.parse($0, order: nil) != nil }.count
            if numeric * 2 > values.count { continue }
            let length = Double(values.reduce(0) { $0 + $1.count }) / Double(values.count)
            if best == nil || length > best!.length { best = (i, length) }
        }
        if best == nil, count == 1 { return 0 }
        return best?.index
    }
}

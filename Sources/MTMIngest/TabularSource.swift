import MTMRecord

/// Rows of named fields from some table-like input: CSV/TSV, JSON objects (dotted paths), plain text.
protocol RowProvider: AnyObject {
    var source: String { get }
    /// Column names; `1`, `2`, ... when the input has no header.
    var columns: [String] { get }
    func nextRow() -> CSVReader.Row?
    /// Findings met since the last call.
    func takeFindings() -> [Finding]
}

/// Turns rows into `FeedbackRecord`s: maps columns (reporting the choice), parses ratings and dates, and rejects
/// rows without text. The first `detectionSampleRows` rows are held back to detect the rating scale, the date order
/// and a text column; after that, one row at a time.
public final class TabularSource: RecordSource {
    /// Rows looked at before choosing scales and the date order. 500 rows see every value of a rating scale in
    /// practice and cost little memory.
    public static let detectionSampleRows = 500

    let provider: any RowProvider
    let options: IngestOptions
    var source: String { provider.source }
    private var mapping: ColumnMapping?
    private var ratingScale: RatingScale?
    private var dateOrder: DateParser.Order?
    private var queue: [IngestEvent] = []
    private var queueIndex = 0
    private var held: [CSVReader.Row] = []
    private var started = false

    init(provider: any RowProvider, options: IngestOptions) {
        self.provider = provider
        self.options = options
    }

    public func next() throws(IngestError) -> IngestEvent? {
        if !started { try start() }
        while true {
            if queueIndex < queue.count {
                let event = queue[queueIndex]
                queueIndex += 1
                if queueIndex == queue.count { queue.removeAll(keepingCapacity: true); queueIndex = 0 }
                return event
            }
            if !held.isEmpty {
                for row in held { interpret(row) }
                held = []
                continue
            }
            guard let row = provider.nextRow() else {
                enqueueFindings()
                if queue.isEmpty { return nil }
                continue
            }
            interpret(row)
        }
    }

    private func enqueueFindings() {
        for finding in provider.takeFindings() { queue.append(.finding(finding)) }
    }

    private func start() throws(IngestError) {
        started = true
        while held.count < Self.detectionSampleRows, let row = provider.nextRow() { held.append(row) }
        let sample: [[String]] = held.compactMap { if case let .fields(f, _) = $0 { return f } else { return nil } }
        let columns = provider.columns
        enqueueFindings()
        if columns.isEmpty && held.isEmpty {
            queue.append(.finding(Finding(.warning, code: "empty-input", source: source,
                                          message: "the input holds no records", hint: "check that this is the file you meant")))
            return
        }
        if columns.isEmpty {
            // Nothing readable yet (e.g. every JSON line so far is broken): the held rows are all rejections.
            return
        }
        let mapping = try ColumnMapping(columns: columns, options: options, source: source, sample: sample)
        self.mapping = mapping
        for choice in mapping.choices { queue.append(.choice(choice)) }
        if mapping.text.isEmpty {
            throw IngestError.unusableInput(path: source, reason: "no column looks like feedback text (columns: "
                                            + columns.map { "'\($0)'" }.joined(separator: ", ") + ")",
                                            hint: "name the text column with --text-column")
        }
        if held.isEmpty {
            queue.append(.finding(Finding(.warning, code: "header-only", source: source, line: 1,
                                          message: "the input has a header but no records",
                                          hint: "check the export; with a headerless file use --no-header")))
        }
        detectScale(sample)
        detectDateOrder(sample)
    }

    private func detectScale(_ sample: [[String]]) {
        guard let mapping, let column = mapping.rating else { return }
        if let scale = options.ratingScale {
            ratingScale = scale
            queue.append(.choice(IngestChoice(source: source, subject: "rating scale", value: "\(scale)", override: "--rating-scale")))
            return
        }
        let bare = sample.compactMap { column < $0.count ? RatingParser.parse($0[column]) : nil }.filter { $0.scale == nil }
        ratingScale = RatingParser.detectScale(columnName: mapping.columns[column], sample: bare.map(\.value))
        if let ratingScale {
            queue.append(.choice(IngestChoice(source: source, subject: "rating scale", value: "\(ratingScale) (detected)",
                                              override: "--rating-scale")))
        }
    }

    private func detectDateOrder(_ sample: [[String]]) {
        guard let mapping, let column = mapping.date else { return }
        if let order = options.dateOrder { dateOrder = order; return }
        var dayFirst = false, monthFirst = false, ambiguous = false
        for row in sample where column < row.count {
            let parts = row[column].split { $0 == "/" || $0 == "." || $0 == "-" || $0 == " " }
            guard parts.count >= 3, parts[0].count <= 2, let a = Int(parts[0]), let b = Int(parts[1]) else { continue }
            if a > 12 { dayFirst = true } else if b > 12 { monthFirst = true } else if a != b { ambiguous = true }
        }
        if dayFirst && monthFirst {
            queue.append(.finding(Finding(.warning, code: "mixed-date-order", source: source, field: mapping.columns[column],
                                          message: "some dates are day/month and others month/day",
                                          hint: "say which with --date-format dd/mm/yyyy or mm/dd/yyyy")))
        } else if dayFirst || monthFirst {
            dateOrder = dayFirst ? .dayFirst : .monthFirst
            queue.append(.choice(IngestChoice(source: source, subject: "date order", value: "\(dateOrder!.rawValue) (detected)",
                                              override: "--date-format")))
        } else if ambiguous {
            dateOrder = .monthFirst
            queue.append(.finding(Finding(.warning, code: "ambiguous-date", source: source, field: mapping.columns[column],
                                          message: "dates such as 03/04 could be day/month or month/day; read as month/day (US)",
                                          hint: "pass --date-format dd/mm/yyyy if they are day/month")))
        }
    }

    private func interpret(_ row: CSVReader.Row) {
        enqueueFindings()
        switch row {
        case let .rejected(rejection): queue.append(.rejected(rejection))
        case let .fields(fields, line): interpret(fields, line: line)
        }
    }

    private func interpret(_ fields: [String], line: Int) {
        guard let mapping else {
            let finding = Finding(.error, code: "no-columns", source: source, line: line,
                                  message: "a record came before any readable header or first record",
                                  hint: "check the start of the file")
            queue.append(.rejected(Rejection(finding, raw: fields.joined(separator: ","))))
            return
        }
        func cell(_ i: Int?) -> String? {
            guard let i, i < fields.count else { return nil }
            let v = fields[i]
            return v.isEmpty ? nil : v
        }
        if fields.count != mapping.columns.count, options.format != .json, options.format != .jsonl {
            queue.append(.finding(Finding(.warning, code: "field-count", source: source, line: line,
                                          message: "\(fields.count) fields where the header has \(mapping.columns.count)",
                                          hint: "check for an unquoted delimiter or a missing field on this line")))
        }
        let text = mapping.text.compactMap { cell($0) }.joined(separator: "\n\n")
        guard !text.allSatisfy({ $0.isWhitespace }) else {
            let finding = Finding(.error, code: "empty-text", source: source, line: line,
                                  field: mapping.text.map { mapping.columns[$0] }.joined(separator: " + "),
                                  message: "the record has no text", hint: "nothing to score; check the text column")
            queue.append(.rejected(Rejection(finding, raw: fields.joined(separator: ","))))
            return
        }
        var record = FeedbackRecord(id: cell(mapping.id) ?? "\(source):\(line)", source: source, line: line, text: text,
                                    title: cell(mapping.title))
        if let ratingText = cell(mapping.rating), let column = mapping.rating {
            readRating(ratingText, column: mapping.columns[column], line: line, into: &record)
        }
        if let dateText = cell(mapping.date), let column = mapping.date {
            if let parsed = DateParser.parse(dateText, order: dateOrder ?? options.dateOrder) {
                record.date = parsed.iso
                record.period = options.period.period(of: parsed)
            } else {
                queue.append(.finding(Finding(.warning, code: "bad-date", source: source, line: line, field: mapping.columns[column],
                                              message: "'\(dateText.prefix(40))' is not a date mtm reads; the record has no date",
                                              hint: "use ISO 8601 (2024-03-05), dd/mm/yyyy or mm/dd/yyyy with --date-format, or epoch seconds")))
            }
        }
        for i in mapping.segments { if let v = cell(i) { record.segments.append(Segment(name: mapping.columns[i], value: v)) } }
        if let scale = record.ratingScale, let rating = record.rating, let nps = scale.npsClass(rating) {
            record.segments.append(Segment(name: "nps", value: nps.rawValue))
        }
        for (i, touchpoint) in mapping.touchpointRatings {
            if let v = cell(i).flatMap(RatingParser.parse) { record.touchpointRatings.append(TouchpointValue(touchpoint: touchpoint, value: v.value)) }
        }
        for (i, touchpoint) in mapping.statedImportance {
            if let v = cell(i).flatMap(RatingParser.parse) { record.statedImportance.append(TouchpointValue(touchpoint: touchpoint, value: v.value)) }
        }
        queue.append(.record(record))
    }

    private func readRating(_ text: String, column: String, line: Int, into record: inout FeedbackRecord) {
        guard let parsed = RatingParser.parse(text) else {
            queue.append(.finding(Finding(.warning, code: "bad-rating", source: source, line: line, field: column,
                                          message: "'\(text.prefix(40))' is not a rating; the record has no rating",
                                          hint: "ratings are numbers, 4/5, 4 out of 5, 80% or ★★★★☆")))
            return
        }
        let scale = parsed.scale ?? options.ratingScale ?? ratingScale
        guard let scale else {
            queue.append(.finding(Finding(.warning, code: "unknown-rating-scale", source: source, line: line, field: column,
                                          message: "the scale of rating \(text) is unknown; the record has no rating",
                                          hint: "set it with --rating-scale 1-5, 0-10 or 0-100")))
            return
        }
        guard parsed.value >= scale.lower, parsed.value <= scale.upper else {
            queue.append(.finding(Finding(.warning, code: "rating-out-of-scale", source: source, line: line, field: column,
                                          message: "rating \(text) is outside the scale \(scale); the record has no rating",
                                          hint: "set the right scale with --rating-scale")))
            return
        }
        record.rating = parsed.value
        record.ratingScale = scale
    }
}

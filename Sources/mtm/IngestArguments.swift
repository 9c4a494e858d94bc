import ArgumentParser
import MTMIngest
import MTMRecord

/// The input options every reading command shares (`@OptionGroup var input: IngestArguments`): formats, encodings,
/// column mapping, ratings, dates, surveys, transcripts and `--strict`.
struct IngestArguments: ParsableArguments {
    @Option(name: .customLong("input-format"), help: "Input format: auto, csv, tsv, json, jsonl, text, vtt, srt, speakers.")
    var inputFormat: IngestOptions.Format = .auto

    @Option(help: "Input encoding (any ICU name: utf-8, utf-16, windows-1252, latin1). Default: detected.")
    var encoding: String?

    @Option(help: "CSV delimiter: ',', ';', tab, '|' (default: sniffed).")
    var delimiter: String?

    @Flag(name: .customLong("no-header"), help: "The first CSV row is data; refer to columns by number (1, 2, ...).")
    var noHeader = false

    @Flag(help: "Plain text: one record per blank-line-separated paragraph instead of per line.")
    var paragraphs = false

    @Option(name: [.customLong("text-column"), .customLong("text-field")],
            help: "Text column, number or dotted JSON path (repeatable: joined, e.g. title + body).")
    var textColumns: [String] = []

    @Option(name: .customLong("title-column"), help: "Title column.")
    var titleColumn: String?

    @Option(name: .customLong("rating-column"), help: "Rating column.")
    var ratingColumn: String?

    @Option(name: .customLong("date-column"), help: "Date column.")
    var dateColumn: String?

    @Option(name: .customLong("id-column"), help: "Id column (default: detected, else file:line).")
    var idColumn: String?

    @Option(name: .customLong("segment-column"), help: "Segment column: channel, persona, product, region... (repeatable).")
    var segmentColumns: [String] = []

    @Option(name: .customLong("touchpoint-rating"), help: "Survey rating column of a touchpoint: COLUMN=TOUCHPOINT_ID (repeatable).")
    var touchpointRatings: [String] = []

    @Option(name: .customLong("importance-column"), help: "Stated-importance column of a touchpoint: COLUMN=TOUCHPOINT_ID (repeatable).")
    var importanceColumns: [String] = []

    @Option(name: .customLong("touchpoint-map"), help: "CSV mapping survey columns to touchpoints: column,touchpoint[,importance_column].")
    var touchpointMap: String?

    @Option(name: .customLong("rating-scale"), help: "Scale of bare-number ratings: 1-5, 0-10, 0-100 (default: detected per column).")
    var ratingScale: String?

    @Option(name: .customLong("date-format"), help: "Day/month order of slash dates: dd/mm/yyyy or mm/dd/yyyy (default: detected).")
    var dateFormat: String?

    @Option(help: "Trend period: week, month, quarter.")
    var period: String = "month"

    @Option(name: .customLong("interviewer"), help: "Transcripts: a speaker who is an interviewer (repeatable).")
    var interviewers: [String] = []

    @Flag(help: "Stop at the first problem with file:line:column and what to do.")
    var strict = false

    /// The options for `MTMIngest`, or a usage error naming the bad value.
    func options() throws -> IngestOptions {
        var o = IngestOptions()
        o.format = inputFormat
        o.encoding = encoding
        if let delimiter {
            switch delimiter.lowercased() {
            case "tab", "\\t", "\t": o.delimiter = 0x09
            default:
                guard delimiter.utf8.count == 1 else { throw ValidationError("--delimiter '\(delimiter)' must be one character or 'tab'") }
                o.delimiter = delimiter.utf8.first
            }
        }
        o.hasHeader = !noHeader
        o.paragraphs = paragraphs
        o.textColumns = textColumns
        o.titleColumn = titleColumn
        o.ratingColumn = ratingColumn
        o.dateColumn = dateColumn
        o.idColumn = idColumn
        o.segmentColumns = segmentColumns
        for text in touchpointRatings {
            guard let tp = IngestOptions.TouchpointColumn(option: text) else {
                throw ValidationError("--touchpoint-rating '\(text)' must read COLUMN=TOUCHPOINT_ID")
            }
            o.touchpointRatings.append(tp)
        }
        for text in importanceColumns {
            guard let tp = IngestOptions.TouchpointColumn(option: text) else {
                throw ValidationError("--importance-column '\(text)' must read COLUMN=TOUCHPOINT_ID")
            }
            o.statedImportance.append(tp)
        }
        if let touchpointMap {
            do { try o.loadTouchpointMap(touchpointMap) } catch { throw ValidationError(error.description) }
        }
        if let ratingScale {
            guard let scale = RatingScale(ratingScale) else { throw ValidationError("--rating-scale '\(ratingScale)': use 1-5, 0-10 or 0-100") }
            o.ratingScale = scale
        }
        if let dateFormat {
            guard let order = DateParser.Order(option: dateFormat) else {
                throw ValidationError("--date-format '\(dateFormat)': use dd/mm/yyyy (day first) or mm/dd/yyyy (month first)")
            }
            o.dateOrder = order
        }
        guard let p = PeriodGranularity(rawValue: period) else { throw ValidationError("--period '\(period)': use week, month or quarter") }
        o.period = p
        o.interviewers = interviewers
        o.strict = strict
        return o
    }
}

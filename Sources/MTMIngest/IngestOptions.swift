import MTMRecord

/// Everything the CLI can say about how to read inputs. Defaults detect what they can and report it.
public struct IngestOptions: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case auto, csv, tsv, json, jsonl, text, vtt, srt, speakers
    }

    /// A column read as a touchpoint's rating or stated importance: `col=touchpoint_id`.
    public struct TouchpointColumn: Sendable, Hashable {
        public var column: String
        public var touchpoint: String
        public init(column: String, touchpoint: String) {
            self.column = column
            self.touchpoint = touchpoint
        }

        /// Parses `column=touchpoint_id`.
        public init?(option: String) {
            guard let eq = option.lastIndex(of: "=") else { return nil }
            let c = String(option[..<eq]), t = String(option[option.index(after: eq)...])
            guard !c.isEmpty, !t.isEmpty else { return nil }
            self.init(column: c, touchpoint: t)
        }
    }

    public var format = Format.auto
    /// Any ICU encoding name; nil detects (byte-order mark, UTF-8, else ICU's guess).
    public var encoding: String?
    /// CSV delimiter; nil sniffs (`,` `;` TAB `|`).
    public var delimiter: UInt8?
    /// False: the first row is data and columns are named `1`, `2`, ...
    public var hasHeader = true
    /// Plain text: one record per blank-line-separated paragraph instead of per line.
    public var paragraphs = false

    /// Columns (names, 1-based numbers, or dotted JSON paths) joined with a blank line into the text.
    public var textColumns: [String] = []
    public var titleColumn: String?
    public var ratingColumn: String?
    public var dateColumn: String?
    public var idColumn: String?
    public var segmentColumns: [String] = []
    public var touchpointRatings: [TouchpointColumn] = []
    public var statedImportance: [TouchpointColumn] = []

    /// Scale of bare-number ratings; nil detects per column.
    public var ratingScale: RatingScale?
    /// Order of day and month in slash dates; nil detects and reports ambiguity.
    public var dateOrder: DateParser.Order?
    public var period = PeriodGranularity.month

    /// Transcripts: speakers who are interviewers (case-insensitive); empty uses the question heuristic.
    public var interviewers: [String] = []

    /// Stop at the first problem (`IngestError.strict`).
    public var strict = false

    public init() {}

    /// The format of `path`, from the options, the extension, or a look at the first bytes.
    public func format(of path: String, sample: ArraySlice<UInt8>) -> Format {
        if format != .auto { return format }
        let lower = path.lowercased()
        let ext = lower.split(separator: ".").last.map(String.init) ?? ""
        switch ext {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "vtt", "webvtt": return .vtt
        case "srt": return .srt
        default: break
        }
        let text = String(decoding: sample.prefix(4096), as: UTF8.self)
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if trimmed.hasPrefix("WEBVTT") { return .vtt }
        if trimmed.hasPrefix("["), let next = trimmed.dropFirst().first(where: { !$0.isWhitespace }), "{[\"]".contains(next) {
            return .json
        }
        if trimmed.hasPrefix("{") {
            let firstLine = trimmed.prefix { !$0.isNewline }
            return firstLine.hasSuffix("}") ? .jsonl : .json
        }
        if SRTShape.looksLikeSRT(trimmed) { return .srt }
        if SpeakerTextReader.looksLikeSpeakerText(text, complete: sample.count <= 4096) { return .speakers }
        if ext == "txt" || ext == "text" || ext == "md" { return .text }
        if DelimiterSniffer.sniff(sample) != nil { return .csv }
        return .text
    }
}

/// A first look at SRT: a number on its own line, then a `-->` timing line.
enum SRTShape {
    static func looksLikeSRT(_ text: Substring) -> Bool {
        let lines = text.split(omittingEmptySubsequences: true) { $0.isNewline }.prefix(2)
        return lines.count == 2 && Int(lines[lines.startIndex].trimmingCharacters(in: " ")) != nil
            && lines[lines.index(after: lines.startIndex)].contains("-->")
    }
}

import MTMRecord

/// Opens any input mtm reads — CSV, TSV, JSON, JSONL, plain text, WebVTT, SRT, speaker-labelled text — as a
/// `RecordSource`, picking the reader from `--input-format`, the extension, or the first bytes.
public enum InputOpener {
    /// The source for `path` (`-` is standard input). With `options.strict` the first problem throws.
    public static func open(_ path: String, options: IngestOptions) throws(IngestError) -> any RecordSource {
        let source = try openLenient(path, options: options)
        return options.strict ? StrictSource(AnySource(source)) : source
    }

    private static func openLenient(_ path: String, options: IngestOptions) throws(IngestError) -> any RecordSource {
        let stream = try ByteStream(path: path, encoding: options.encoding)
        _ = stream.refill()
        let sample = stream.buffer[stream.index..<min(stream.buffer.count, stream.index + 65_536)]
        if stream.looksBinary {
            return RejectedInput(rejection: Rejection(
                Finding(.error, code: "binary-file", source: path, line: 1,
                        message: "this looks like a binary file (it holds NUL bytes), not text",
                        hint: "give a CSV, JSON, text or transcript file; for UTF-16 without a byte-order mark use --encoding utf-16le"),
                raw: ""))
        }
        let format = options.format(of: path, sample: sample)
        var choices = [IngestChoice(source: path, subject: "format", value: format.rawValue + (options.format == .auto ? " (detected)" : ""),
                                    override: "--input-format")]
        if stream.encoding != "UTF-8" {
            choices.append(IngestChoice(source: path, subject: "encoding", value: stream.encoding, override: "--encoding"))
        }
        let base: any RecordSource
        switch format {
        case .csv, .tsv, .auto:
            let excelSeparator = CSVReader.excelSeparatorLine(sample)
            let delimiter = options.delimiter ?? excelSeparator
                ?? (format == .tsv ? 0x09 : DelimiterSniffer.sniff(sample) ?? UInt8(ascii: ","))
            if format != .tsv || options.delimiter != nil {
                choices.append(IngestChoice(source: path, subject: "delimiter", value: DelimiterSniffer.name(delimiter)
                                            + (options.delimiter == nil ? " (detected)" : ""), override: "--delimiter"))
            }
            let reader = CSVReader(stream: stream, delimiter: delimiter)
            if excelSeparator != nil { reader.skipLine() }
            base = TabularSource(provider: CSVRowProvider(reader: reader, hasHeader: options.hasHeader), options: options)
        case .json, .jsonl:
            let requested = options.textColumns + [options.titleColumn, options.ratingColumn, options.dateColumn, options.idColumn].compactMap { $0 }
                + options.segmentColumns + (options.touchpointRatings + options.statedImportance).map(\.column)
            var o = options
            o.format = format
            base = TabularSource(provider: JSONRowProvider(stream: stream, lines: format == .jsonl, requestedColumns: requested), options: o)
        case .text:
            base = TabularSource(provider: TextRowProvider(reader: LineReader(stream: stream), paragraphs: options.paragraphs),
                                 options: options)
        case .vtt:
            base = TranscriptSource(reader: LineReader(stream: stream), kind: .webVTT, interviewers: options.interviewers)
        case .srt:
            base = TranscriptSource(reader: LineReader(stream: stream), kind: .srt, interviewers: options.interviewers)
        case .speakers:
            base = TranscriptSource(reader: LineReader(stream: stream), kind: .speakerText, interviewers: options.interviewers)
        }
        return Prefixed(choices.map(IngestEvent.choice), then: base, stream: stream)
    }
}

/// A type-erased source.
public struct AnySource: RecordSource {
    private var base: any RecordSource
    public init(_ base: any RecordSource) { self.base = base }
    public mutating func next() throws(IngestError) -> IngestEvent? { try base.next() }
    public var bytesConsumed: Int? { base.bytesConsumed }
}

/// Some events first, then another source; the stream they read tells how far the input is consumed.
struct Prefixed: RecordSource {
    var events: [IngestEvent]
    var index = 0
    var base: any RecordSource
    let stream: ByteStream?
    init(_ events: [IngestEvent], then base: any RecordSource, stream: ByteStream? = nil) {
        self.events = events
        self.base = base
        self.stream = stream
    }
    var bytesConsumed: Int? { stream?.bytesConsumed ?? base.bytesConsumed }
    mutating func next() throws(IngestError) -> IngestEvent? {
        if index < events.count { index += 1; return events[index - 1] }
        guard let event = try base.next() else {
            stream?.skipToEnd()
            return nil
        }
        return event
    }
}

/// An input rejected as a whole (a binary file).
struct RejectedInput: RecordSource {
    var rejection: Rejection?
    mutating func next() throws(IngestError) -> IngestEvent? {
        defer { rejection = nil }
        return rejection.map(IngestEvent.rejected)
    }
}

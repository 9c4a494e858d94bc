import ArgumentParser
import MTMIngest
import MTMRecord

/// `mtm transcript`: interview transcripts as a coded-segments table, like MAXQDA and NVivo export.
struct Transcript: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcript",
        abstract: "Read interview transcripts (WebVTT, SRT, speaker-labelled text) into a coded-segments table.",
        discussion: """
        Consecutive cues of one speaker become a turn with its start and end time. Roles: --interviewer NAME
        (repeatable), else the speaker who asks the most questions is taken as the interviewer; the choice is
        printed to standard error so you can correct it. Columns: document, turn, speaker, role, start, end, text,
        touchpoints (ids found by --taxonomy, ';'-separated), sentiment (compound, -1..1), emotions
        (name:weight;...). Only participants' turns are scored; interviewer turns are kept for context
        (--score-interviewers scores them too, --no-scores scores nothing).

        Examples:
          mtm transcript interview.vtt
          mtm transcript --interviewer "Adam Wiggins" --format jsonl episode.speakers.txt
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    @Argument(help: "Transcript files (.vtt, .srt, speaker-labelled .txt), or - for standard input.")
    var files: [String] = ["-"]

    @Option(help: "Output format: csv or jsonl.")
    var format: Format = .csv

    @Option(name: .customLong("interviewer"), help: "A speaker who is an interviewer (repeatable).")
    var interviewers: [String] = []

    @Option(name: .customLong("input-format"), help: "Input format: vtt, srt or speakers (default: detected).")
    var inputFormat: IngestOptions.Format = .auto

    @Option(help: "Input encoding (default: detected; UTF-8 unless a byte-order mark or the bytes say otherwise).")
    var encoding: String?

    @Flag(help: "Stop at the first problem.")
    var strict = false

    @Option(help: "Touchpoint taxonomy: a name (mtm taxonomy list) or a .yaml path.")
    var taxonomy: String = "lifecycle"

    @Option(help: "Lexicons folder (default: the one shipped with mtm, or $MTM_LEXICONS).")
    var lexicons: String?

    @Flag(name: .customLong("score-interviewers"), help: "Score interviewer turns too.")
    var scoreInterviewers = false

    @Flag(name: .customLong("no-scores"), help: "Leave touchpoints, sentiment and emotions empty (no lexicons needed).")
    var noScores = false

    /// Formats read as transcripts; plain text is allowed too (one turn per line, no speakers).
    static let transcriptFormats = ["vtt", "srt", "speakers", "text"]

    static let header = ["document", "turn", "speaker", "role", "start", "end", "text", "touchpoints", "sentiment", "emotions"]

    func run() throws {
        var options = IngestOptions()
        options.format = inputFormat
        options.encoding = encoding
        options.interviewers = interviewers
        options.strict = strict
        let scorer = noScores ? nil : try TranscriptScorer(taxonomy: taxonomy, lexicons: lexicons)
        var out = StandardOutput()
        if format == .csv { out.writeLine(CSVLine.join(Self.header)) }
        var counts = IngestCounts()
        for file in files {
            var turn = 0
            do {
                var source = try InputOpener.open(file, options: options)
                while let event = try source.next() {
                    counts.count(event)
                    switch event {
                    case let .record(record):
                        turn += 1
                        let scored = scoreInterviewers || record.role != TranscriptSource.interviewerRole
                        write(record, turn: turn, scores: scored ? scorer?.score(record.text) : nil, into: &out)
                    case let .rejected(rejection): StandardError.write("\(rejection.finding)\n")
                    case let .finding(finding): StandardError.write("\(finding)\n")
                    case let .choice(choice):
                        if choice.subject == "format", !Self.transcriptFormats.contains(where: { choice.value.hasPrefix($0) }) {
                            throw RunFailure("\(file): read as \(choice.value), not as a transcript — name the format with --input-format vtt, srt or speakers")
                        }
                        StandardError.write("\(choice)\n")
                    }
                }
            } catch let failure as RunFailure {
                throw failure
            } catch {
                out.flush()
                throw RunFailure("\(error)")
            }
        }
        out.flush()
        StandardError.write("read \(counts.read), turns \(counts.records), rejected \(counts.rejected)\n")
    }

    /// Scores print with 4 decimals, as `mtm score` does.
    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    private func write(_ record: FeedbackRecord, turn: Int, scores: TranscriptScorer.Scores?, into out: inout StandardOutput) {
        let emotionNames = scores.map { $0.emotions.keys.sorted() } ?? []
        switch format {
        case .csv:
            out.writeLine(CSVLine.join([
                record.source, String(turn), record.speaker ?? "", record.role ?? "",
                record.startTime.map(Timecode.format) ?? "", record.endTime.map(Timecode.format) ?? "", record.text,
                scores?.touchpoints.joined(separator: ";") ?? "",
                scores.map { JSONWriter.format(Self.rounded($0.compound)) } ?? "",
                emotionNames.map { "\($0):\(JSONWriter.format(Self.rounded(scores!.emotions[$0]!)))" }.joined(separator: ";"),
            ]))
        case .jsonl:
            var w = JSONWriter()
            w.beginObject()
            w.field("document", record.source)
            w.field("turn", turn)
            w.field("id", record.id)
            w.field("line", record.line)
            w.field("speaker", record.speaker, keepNull: true)
            w.field("role", record.role)
            w.field("start_time", record.startTime, keepNull: true)
            w.field("end_time", record.endTime, keepNull: true)
            w.field("text", record.text)
            w.key("touchpoints"); w.beginArray(); for id in scores?.touchpoints ?? [] { w.string(id) }; w.endArray()
            w.field("sentiment", scores.map { Self.rounded($0.compound) }, keepNull: true)
            w.key("emotions"); w.beginObject()
            for name in emotionNames { w.field(name, Self.rounded(scores!.emotions[name]!)) }
            w.endObject()
            w.endObject()
            out.writeLine(w.output)
        }
    }
}

extension IngestOptions.Format: ExpressibleByArgument {}

/// One RFC 4180 CSV line: fields with a comma, quote or line break are quoted, quotes doubled.
enum CSVLine {
    static func join(_ fields: [String]) -> String {
        fields.map { field in
            field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
                ? "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
                : field
        }.joined(separator: ",")
    }
}

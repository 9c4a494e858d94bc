import MTMRecord

/// An interview transcript as records: consecutive cues of one speaker merge into a turn (start of the first cue,
/// end of the last); each turn is a record with `speaker`, `role` (`interviewer` or `participant`), `start_time`
/// and `end_time`. Roles come from `--interviewer`, else the speaker who asks the most questions is taken as the
/// interviewer, and the choice is reported so the user can correct it. Holds one file's turns in memory.
public final class TranscriptSource: RecordSource {
    public enum Kind: Sendable { case webVTT, srt, speakerText }

    public static let interviewerRole = "interviewer"
    public static let participantRole = "participant"

    public let source: String
    private var events: [IngestEvent] = []
    private var index = 0

    public init(reader: LineReader, kind: Kind, interviewers: [String]) {
        source = reader.source
        let list: CueList
        switch kind {
        case .webVTT: list = CaptionReader.read(reader, webVTT: true)
        case .srt: list = CaptionReader.read(reader, webVTT: false)
        case .speakerText: list = SpeakerTextReader.read(reader)
        }
        events += list.findings.map(IngestEvent.finding)
        let turns = Self.mergeTurns(list.cues)
        let (roles, choices) = Self.assignRoles(turns, interviewers: interviewers, source: source)
        events += choices.map(IngestEvent.choice)
        // Records and rejections in input order.
        var rejections = list.rejections[...]
        for turn in turns {
            while let r = rejections.first, let l = r.finding.line, l < turn.line {
                events.append(.rejected(r))
                rejections = rejections.dropFirst()
            }
            var record = FeedbackRecord(id: "\(source):\(turn.line)", source: source, line: turn.line, text: turn.text)
            record.speaker = turn.speaker
            record.role = turn.speaker.flatMap { roles[$0] } ?? Self.participantRole
            record.startTime = turn.start
            record.endTime = turn.end
            events.append(.record(record))
        }
        events += rejections.map(IngestEvent.rejected)
        if turns.isEmpty && list.rejections.isEmpty {
            events.append(.finding(Finding(.warning, code: "empty-input", source: source,
                                           message: "the transcript holds no cues or turns",
                                           hint: "check that this is the file you meant, or name its format with --input-format")))
        }
    }

    public func next() throws(IngestError) -> IngestEvent? {
        guard index < events.count else { return nil }
        defer { index += 1 }
        return events[index]
    }

    /// Merges consecutive cues of the same (named) speaker. Cues without a speaker stay separate.
    static func mergeTurns(_ cues: [Cue]) -> [Cue] {
        var turns: [Cue] = []
        for cue in cues {
            if let last = turns.last, let speaker = cue.speaker, last.speaker == speaker {
                turns[turns.count - 1].text += " " + cue.text
                if let end = cue.end { turns[turns.count - 1].end = end }
                if turns[turns.count - 1].start == nil { turns[turns.count - 1].start = cue.start }
            } else {
                turns.append(cue)
            }
        }
        return turns
    }

    /// Roles by speaker name, and the choices to report.
    static func assignRoles(_ turns: [Cue], interviewers: [String], source: String) -> ([String: String], [IngestChoice]) {
        var speakers: [String] = []
        var questions: [String: Int] = [:]
        for turn in turns {
            guard let s = turn.speaker else { continue }
            if questions[s] == nil { speakers.append(s); questions[s] = 0 }
            questions[s, default: 0] += turn.text.filter { $0 == "?" }.count
        }
        var roles: [String: String] = [:]
        guard !speakers.isEmpty else { return (roles, []) }
        let wanted = Set(interviewers.map { $0.lowercased() })
        var chosen: [String]
        var how: String
        if !wanted.isEmpty {
            chosen = speakers.filter { wanted.contains($0.lowercased()) }
            how = "from --interviewer"
        } else {
            let ranked = speakers.sorted { (questions[$0]!, -speakers.firstIndex(of: $0)!) > (questions[$1]!, -speakers.firstIndex(of: $1)!) }
            chosen = speakers.count > 1 && questions[ranked[0]]! > 0 ? [ranked[0]] : []
            how = chosen.isEmpty ? (speakers.count == 1 ? "one speaker only" : "no speaker asks questions")
                : "asks the most questions (\(questions[ranked[0]]!); next: \(ranked.count > 1 ? "\(ranked[1]) \(questions[ranked[1]]!)" : "none"))"
        }
        for s in speakers { roles[s] = chosen.contains(s) ? TranscriptSource.interviewerRole : TranscriptSource.participantRole }
        var choices = [IngestChoice(source: source, subject: "speakers", value: speakers.joined(separator: ", "))]
        choices.append(IngestChoice(source: source, subject: "interviewer",
                                    value: (chosen.isEmpty ? "none" : chosen.joined(separator: ", ")) + " (\(how))",
                                    override: "--interviewer NAME"))
        return (roles, choices)
    }
}

import MTMRecord

/// Speaker labels at the start of a line of a transcript.
enum SpeakerLabel {
    /// Longest speaker name accepted, in words. Real labels are a name or a role ("Project Manager"); longer runs
    /// before a colon are sentences ("The thing I liked most: ...").
    static let maximumNameWords = 4
    static let maximumNameLength = 60

    /// `[00:01:02] Name: text` or `(00:01:02) Name: text` or `00:01:02 Name: text`.
    nonisolated(unsafe) static let timeFirst = /^[\[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]?\s+([^:\[\]()]{1,60}?):\s*(.*)$/
    /// `Name (mm:ss): text`, `Name (hh:mm:ss) - text`, `Name [00:12]` — text may follow on the next lines.
    nonisolated(unsafe) static let timeAfterName = /^([^\s:\[(][^:\[\]()]{0,59}?)\s*[\[(](\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]\s*(?:[:\-–—]\s*)?(.*)$/
    /// Otter/Zoom: `Name  0:03` on its own line (two or more spaces before the time), text on the next lines.
    nonisolated(unsafe) static let otter = /^([^\s:\d][^:]{0,59}?)\s{2,}(\d{1,2}:\d{2}(?::\d{2})?)\s*$/
    /// `Name: text`.
    nonisolated(unsafe) static let plain = /^([^\s:\[(][^:]{0,59}?):\s+(.*)$/

    struct Match {
        var name: String
        var time: Double?
        var text: String
    }

    static func match(_ line: String) -> Match? {
        if let m = line.wholeMatch(of: timeFirst), isName(m.2) {
            return Match(name: String(m.2).trimmingCharacters(in: " "), time: Timecode.seconds(m.1), text: String(m.3))
        }
        if let m = line.wholeMatch(of: timeAfterName), isName(m.1) {
            return Match(name: String(m.1).trimmingCharacters(in: " "), time: Timecode.seconds(m.2), text: String(m.3))
        }
        if let m = line.wholeMatch(of: otter), isName(m.1) {
            return Match(name: String(m.1).trimmingCharacters(in: " "), time: Timecode.seconds(m.2), text: "")
        }
        if let (name, text) = plainLabel(line) { return Match(name: name, time: nil, text: text) }
        return nil
    }

    /// `Name: text` only.
    static func plainLabel(_ line: String) -> (String, String)? {
        guard let m = line.wholeMatch(of: plain), isName(m.1) else { return nil }
        return (String(m.1).trimmingCharacters(in: " "), String(m.2))
    }

    /// A plausible speaker name: a few words, no sentence punctuation, starting with a letter or digit.
    static func isName(_ s: Substring) -> Bool {
        let name = s.trimmingCharacters(in: " ")
        guard let first = name.first, first.isLetter || first.isNumber, name.count <= maximumNameLength else { return false }
        guard name.split(separator: " ").count <= maximumNameWords else { return false }
        return !name.contains { "?!,\";".contains($0) } && !name.hasSuffix(".")
    }
}

/// Speaker-labelled text: `Name: text`, `[00:01:02] Name: text`, `Name (mm:ss): paragraph`,
/// `Name (hh:mm:ss) - text` with wrapped lines, Otter/Zoom `Name  0:03` blocks. Unlabelled lines continue the
/// current speaker's turn.
enum SpeakerTextReader {
    /// Whether `text` (the start of a file; `complete` when it is the whole file) reads as speaker-labelled text:
    /// at least 2 labelled lines making up at least 30% of the non-blank lines (paragraph formats put a label on
    /// every other line or less often).
    static func looksLikeSpeakerText(_ text: String, complete: Bool) -> Bool {
        var lines = text.split(omittingEmptySubsequences: true) { $0.isNewline }.prefix(40)
        if !complete { lines = lines.dropLast() }
        let labelled = lines.filter { SpeakerLabel.match(String($0).trimmingCharacters(in: " \t")) != nil }.count
        return labelled >= 2 && labelled * 10 >= lines.count * 3
    }

    static func read(_ reader: LineReader) -> CueList {
        var list = CueList()
        var current: Cue?
        func finish() {
            guard var cue = current else { return }
            current = nil
            cue.text = CaptionReader.collapse(cue.text)
            if cue.text.isEmpty {
                list.rejections.append(Rejection(Finding(.error, code: "empty-turn", source: reader.source, line: cue.line,
                                                         message: "speaker \(cue.speaker ?? "?") has a label but no text",
                                                         hint: "nothing to score"), raw: cue.speaker ?? ""))
                return
            }
            list.cues.append(cue)
        }
        while let line = reader.nextLine() {
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.isEmpty { continue }
            if let label = SpeakerLabel.match(trimmed) {
                finish()
                current = Cue(speaker: label.name, start: label.time, end: nil, text: label.text, line: reader.lineNumber)
            } else if current != nil {
                current!.text += " " + trimmed
            } else {
                current = Cue(speaker: nil, start: nil, end: nil, text: trimmed, line: reader.lineNumber)
            }
        }
        finish()
        list.findings += reader.takeFindings()
        return list
    }
}

import MTMRecord

/// One cue or labelled line of a transcript, before cues of one speaker are merged into turns.
public struct Cue: Sendable, Hashable {
    public var speaker: String?
    /// Seconds from the start of the recording.
    public var start: Double?
    public var end: Double?
    public var text: String
    /// 1-based line where the cue starts.
    public var line: Int

    public init(speaker: String?, start: Double?, end: Double?, text: String, line: Int) {
        self.speaker = speaker
        self.start = start
        self.end = end
        self.text = text
        self.line = line
    }
}

/// What a transcript reader produced: cues in order, and cues or blocks it could not use.
struct CueList {
    var cues: [Cue] = []
    var rejections: [Rejection] = []
    var findings: [Finding] = []
}

/// Everything a report shows, already ranked and aggregated: the input of every writer. The ranking stage's
/// results are adapted into this shape by the CLI, so the report does not depend on how they were computed.
public struct ReportDocument: Sendable, Hashable {
    public var title: String
    /// `mtm 0.1.0`; with `generatedAt` (left to the caller, so tests and reruns can fix it) the report's footer.
    public var generator: String
    public var generatedAt: String?
    public var inputs: [String]
    public var taxonomy: String
    public var counts: Counts
    public var moments: [Moment]
    public var touchpoints: [TouchpointRow]
    public var quadrant: [QuadrantPoint]
    /// Where the quadrant splits; nil splits at the mean importance and mean performance.
    public var quadrantCut: QuadrantCut?
    public var emotions: EmotionMatrix
    public var stages: [StageRow]
    public var trends: [TrendSeries]
    public var segments: [SegmentComparison]
    public var drivers: [DriverRow]
    public var mentions: [MentionRow]
    public var records: [RecordRow]
    /// Mention rows kept in a file (`mentionCells` of each), after `mentions`: a large run's rows stay on disk.
    public var mentionSpool: RowSpool?
    /// Record rows kept in a file (`recordCells` of each), after `records`.
    public var recordSpool: RowSpool?
    /// The segment columns of `records`, in input order.
    public var segmentNames: [String]
    public var rejects: [RejectRow]
    /// Plain-language notes on method and caveats, shown at the end of the HTML report.
    public var notes: [String]

    public init(title: String = "Moments That Matter", generator: String = "mtm", generatedAt: String? = nil,
                inputs: [String] = [], taxonomy: String = "", counts: Counts = Counts(), moments: [Moment] = [],
                touchpoints: [TouchpointRow] = [], quadrant: [QuadrantPoint] = [],
                emotions: EmotionMatrix = EmotionMatrix(), stages: [StageRow] = [], trends: [TrendSeries] = [],
                segments: [SegmentComparison] = [], drivers: [DriverRow] = [], mentions: [MentionRow] = [],
                records: [RecordRow] = [], segmentNames: [String] = [], rejects: [RejectRow] = [],
                notes: [String] = []) {
        self.title = title
        self.generator = generator
        self.generatedAt = generatedAt
        self.inputs = inputs
        self.taxonomy = taxonomy
        self.counts = counts
        self.moments = moments
        self.touchpoints = touchpoints
        self.quadrant = quadrant
        self.emotions = emotions
        self.stages = stages
        self.trends = trends
        self.segments = segments
        self.drivers = drivers
        self.mentions = mentions
        self.records = records
        self.segmentNames = segmentNames
        self.rejects = rejects
        self.notes = notes
    }

    /// `read = scored + rejected` holds for every run.
    public struct Counts: Sendable, Hashable {
        public var read: Int
        public var scored: Int
        public var rejected: Int
        public var mentions: Int
        /// Records with at least one touchpoint mention.
        public var recordsWithMentions: Int
        public var findings: Int

        public init(read: Int = 0, scored: Int = 0, rejected: Int = 0, mentions: Int = 0, recordsWithMentions: Int = 0,
                    findings: Int = 0) {
            self.read = read
            self.scored = scored
            self.rejected = rejected
            self.mentions = mentions
            self.recordsWithMentions = recordsWithMentions
            self.findings = findings
        }
    }
}

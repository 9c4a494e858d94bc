/// The document's rows, nested so they do not clash with the ranking stage's types of the same name.
extension ReportDocument {
    /// A ranked Moment That Matters: a touchpoint (in a stage) with its score, the components the score is made of,
    /// its class (e.g. `pain point`, `delight`) and the reason in words, with quotes as evidence.
    public struct Moment: Sendable, Hashable {
        public var rank: Int
        public var touchpoint: String
        public var label: String
        public var stage: String
        public var momentClass: String
        public var score: Double
        public var components: [ScoreComponent]
        public var reason: String
        public var mentions: Int
        /// Share of scored records that mention the touchpoint (fraction).
        public var share: Double
        public var meanCompound: Double
        /// Share of the touchpoint's mentions that are negative (fraction).
        public var negativeShare: Double
        public var quotes: [Quote]

        public init(rank: Int, touchpoint: String, label: String, stage: String, momentClass: String, score: Double,
                    components: [ScoreComponent] = [], reason: String, mentions: Int, share: Double, meanCompound: Double,
                    negativeShare: Double, quotes: [Quote] = []) {
            self.rank = rank
            self.touchpoint = touchpoint
            self.label = label
            self.stage = stage
            self.momentClass = momentClass
            self.score = score
            self.components = components
            self.reason = reason
            self.mentions = mentions
            self.share = share
            self.meanCompound = meanCompound
            self.negativeShare = negativeShare
            self.quotes = quotes
        }
    }

    /// The quadrant's split lines and what importance was measured by.
    public struct QuadrantCut: Sendable, Hashable {
        public var importance: Double
        public var performance: Double
        public var importanceSource: String

        public init(importance: Double, performance: Double, importanceSource: String = "") {
            self.importance = importance
            self.performance = performance
            self.importanceSource = importanceSource
        }
    }

    /// One named part of a moment's score: its value (normalised, 0–1) and weight.
    public struct ScoreComponent: Sendable, Hashable {
        public var name: String
        public var value: Double
        public var weight: Double

        public init(name: String, value: Double, weight: Double) {
            self.name = name
            self.value = value
            self.weight = weight
        }
    }

    /// A piece of customer text quoted as evidence, with where it came from.
    public struct Quote: Sendable, Hashable {
        public var text: String
        public var recordID: String
        public var compound: Double

        public init(text: String, recordID: String, compound: Double) {
            self.text = text
            self.recordID = recordID
            self.compound = compound
        }
    }

    public struct TouchpointRow: Sendable, Hashable {
        public var touchpoint: String
        public var label: String
        public var stage: String
        public var stageIndex: Int
        public var handoff: Bool
        public var mentions: Int
        public var records: Int
        /// Share of scored records mentioning the touchpoint.
        public var share: Double
        public var meanCompound: Double
        public var positiveShare: Double
        public var negativeShare: Double
        public var topEmotion: String?

        public init(touchpoint: String, label: String, stage: String, stageIndex: Int, handoff: Bool = false,
                    mentions: Int, records: Int, share: Double, meanCompound: Double, positiveShare: Double,
                    negativeShare: Double, topEmotion: String? = nil) {
            self.touchpoint = touchpoint
            self.label = label
            self.stage = stage
            self.stageIndex = stageIndex
            self.handoff = handoff
            self.mentions = mentions
            self.records = records
            self.share = share
            self.meanCompound = meanCompound
            self.positiveShare = positiveShare
            self.negativeShare = negativeShare
            self.topEmotion = topEmotion
        }
    }

    /// A touchpoint on the importance–performance grid: importance (e.g. driver weight, 0–1) against performance
    /// (e.g. mean sentiment, −1…1).
    public struct QuadrantPoint: Sendable, Hashable {
        public var touchpoint: String
        public var label: String
        public var importance: Double
        public var performance: Double
        public var mentions: Int

        public init(touchpoint: String, label: String, importance: Double, performance: Double, mentions: Int) {
            self.touchpoint = touchpoint
            self.label = label
            self.importance = importance
            self.performance = performance
            self.mentions = mentions
        }
    }

    /// Touchpoints × emotions: the share of each touchpoint's mentions that carry each emotion.
    public struct EmotionMatrix: Sendable, Hashable {
        public var emotions: [String]
        public var rows: [Row]

        public struct Row: Sendable, Hashable {
            public var touchpoint: String
            public var label: String
            public var mentions: Int
            /// One value per emotion, in `emotions` order (fractions of mentions).
            public var values: [Double]

            public init(touchpoint: String, label: String, mentions: Int, values: [Double]) {
                self.touchpoint = touchpoint
                self.label = label
                self.mentions = mentions
                self.values = values
            }
        }

        public init(emotions: [String] = [], rows: [Row] = []) {
            self.emotions = emotions
            self.rows = rows
        }
    }

    /// One stage of the journey curve, in taxonomy order.
    public struct StageRow: Sendable, Hashable {
        public var stage: String
        public var label: String
        public var index: Int
        public var mentions: Int
        public var meanCompound: Double
        public var negativeShare: Double
        public var topTouchpoint: String?

        public init(stage: String, label: String, index: Int, mentions: Int, meanCompound: Double, negativeShare: Double,
                    topTouchpoint: String? = nil) {
            self.stage = stage
            self.label = label
            self.index = index
            self.mentions = mentions
            self.meanCompound = meanCompound
            self.negativeShare = negativeShare
            self.topTouchpoint = topTouchpoint
        }
    }

    /// One line of the trend chart: a touchpoint's (or `all`) mean sentiment per period.
    public struct TrendSeries: Sendable, Hashable {
        public var name: String
        public var label: String
        public var points: [Point]

        public struct Point: Sendable, Hashable {
            public var period: String
            public var mentions: Int
            public var meanCompound: Double

            public init(period: String, mentions: Int, meanCompound: Double) {
                self.period = period
                self.mentions = mentions
                self.meanCompound = meanCompound
            }
        }

        public init(name: String, label: String, points: [Point]) {
            self.name = name
            self.label = label
            self.points = points
        }
    }

    /// One segment dimension (e.g. `department`) and its values compared.
    public struct SegmentComparison: Sendable, Hashable {
        public var dimension: String
        public var rows: [Row]

        public struct Row: Sendable, Hashable {
            public var value: String
            public var records: Int
            public var meanCompound: Double
            public var negativeShare: Double
            public var topTouchpoint: String?

            public init(value: String, records: Int, meanCompound: Double, negativeShare: Double,
                        topTouchpoint: String? = nil) {
                self.value = value
                self.records = records
                self.meanCompound = meanCompound
                self.negativeShare = negativeShare
                self.topTouchpoint = topTouchpoint
            }
        }

        public init(dimension: String, rows: [Row]) {
            self.dimension = dimension
            self.rows = rows
        }
    }

    /// A touchpoint's weight as a driver of the outcome (e.g. rating), with an interval and the method used.
    public struct DriverRow: Sendable, Hashable {
        public var touchpoint: String
        public var label: String
        public var method: String
        public var weight: Double
        public var lower: Double?
        public var upper: Double?
        public var penalty: Double?
        public var reward: Double?

        public init(touchpoint: String, label: String, method: String, weight: Double, lower: Double? = nil,
                    upper: Double? = nil, penalty: Double? = nil, reward: Double? = nil) {
            self.touchpoint = touchpoint
            self.label = label
            self.method = method
            self.weight = weight
            self.lower = lower
            self.upper = upper
            self.penalty = penalty
            self.reward = reward
        }
    }

    /// One mention with its evidence (the clause the sentiment came from).
    public struct MentionRow: Sendable, Hashable {
        public var recordID: String
        public var touchpoint: String
        public var label: String
        public var stage: String
        public var phrase: String
        public var start: Int
        public var end: Int
        public var compound: Double
        public var emotions: [String]
        public var negated: Bool
        public var evidence: String

        public init(recordID: String, touchpoint: String, label: String, stage: String, phrase: String, start: Int,
                    end: Int, compound: Double, emotions: [String] = [], negated: Bool = false, evidence: String) {
            self.recordID = recordID
            self.touchpoint = touchpoint
            self.label = label
            self.stage = stage
            self.phrase = phrase
            self.start = start
            self.end = end
            self.compound = compound
            self.emotions = emotions
            self.negated = negated
            self.evidence = evidence
        }
    }

    /// One scored record: id, where it came from, its scores, touchpoints and segments.
    public struct RecordRow: Sendable, Hashable {
        public var id: String
        public var source: String
        public var line: Int?
        public var date: String?
        public var rating: Double?
        public var compound: Double
        public var label: String
        public var touchpoints: [String]
        /// Segment values in the order of `ReportDocument.segmentNames` ("" where the record has none).
        public var segments: [String]

        public init(id: String, source: String, line: Int? = nil, date: String? = nil, rating: Double? = nil,
                    compound: Double, label: String, touchpoints: [String] = [], segments: [String] = []) {
            self.id = id
            self.source = source
            self.line = line
            self.date = date
            self.rating = rating
            self.compound = compound
            self.label = label
            self.touchpoints = touchpoints
            self.segments = segments
        }
    }

    /// An input that could not be scored, with why.
    public struct RejectRow: Sendable, Hashable {
        public var source: String
        public var line: Int?
        public var code: String
        public var field: String?
        public var message: String
        public var raw: String

        public init(source: String, line: Int? = nil, code: String, field: String? = nil, message: String, raw: String) {
            self.source = source
            self.line = line
            self.code = code
            self.field = field
            self.message = message
            self.raw = raw
        }
    }
}

@testable import MTMReport

/// A hand-built report document shaped like a clothing retailer's reviews: six stages, ten touchpoints, dates and
/// segments, and hostile text in quotes, labels and rejects (markup, formulas, control characters).
enum SampleDocument {
    static let hostileQuote = "<script>alert('x')</script> the zip broke & \"they\" said <b>no</b>"
    static let formulaQuote = "=HYPERLINK(\"http://evil.example\",\"click\")"

    static let stageNames = [("discover", "Discover"), ("purchase", "Purchase"), ("delivery", "Delivery"),
                             ("fit", "Fit & wear"), ("returns", "Returns"), ("service", "Service")]

    /// (id, label, stage index, mentions, mean compound, negative share, importance)
    static let touchpointData: [(String, String, Int, Int, Double, Double, Double)] = [
        ("sizing", "Sizing & fit", 3, 412, -0.31, 0.58, 0.26),
        ("fabric", "Fabric quality", 3, 305, -0.12, 0.41, 0.19),
        ("returns", "Returns process", 4, 121, -0.44, 0.66, 0.14),
        ("delivery-speed", "Delivery speed", 2, 96, 0.18, 0.22, 0.07),
        ("colour", "Colour vs photos", 0, 188, -0.08, 0.37, 0.11),
        ("price", "Price & value", 1, 240, 0.27, 0.18, 0.09),
        ("service", "Customer service", 5, 64, 0.35, 0.20, 0.05),
        ("packaging", "Packaging", 2, 41, 0.41, 0.07, 0.02),
        ("checkout", "Checkout", 1, 33, -0.22, 0.45, 0.03),
        ("style", "Style & look", 3, 520, 0.58, 0.06, 0.04),
    ]

    static let emotionNames = ["anger", "disgust", "fear", "joy", "sadness", "surprise", "trust"]

    static var document: ReportDocument {
        let scored = 2_000
        var doc = ReportDocument(title: "Clothing reviews — spring collection", generator: "mtm 0.1.0",
                                 generatedAt: "2026-11-23", inputs: ["Corpora/clothing-reviews/reviews.csv"],
                                 taxonomy: "retail")
        doc.counts = .init(read: 2_003, scored: scored, rejected: 3, mentions: 2_020, recordsWithMentions: 1_480,
                           findings: 5)
        doc.touchpoints = touchpointData.map { t in
            ReportDocument.TouchpointRow(touchpoint: t.0, label: t.1, stage: stageNames[t.2].0, stageIndex: t.2,
                          handoff: t.0 == "returns", mentions: t.3, records: t.3 - t.3 / 10,
                          share: Double(t.3 - t.3 / 10) / Double(scored), meanCompound: t.4,
                          positiveShare: max(0, 1 - t.5 - 0.2), negativeShare: t.5,
                          topEmotion: t.4 < 0 ? "anger" : "joy")
        }
        doc.quadrant = touchpointData.map { t in
            ReportDocument.QuadrantPoint(touchpoint: t.0, label: t.1, importance: t.6, performance: t.4, mentions: t.3)
        }
        doc.moments = [
            moment(1, "sizing", "Sizing & fit", "fit", "pain point", 0.82,
                   "Mentioned in 19% of reviews, 58% of them negative; the strongest driver of low ratings.",
                   [hostileQuote, "Ordered my usual size and it was two sizes too small.", formulaQuote]),
            moment(2, "returns", "Returns process", "returns", "pain point", 0.64,
                   "Fewer mentions but the most negative: refunds take weeks and labels are missing.",
                   ["Still waiting for my refund after 5 weeks.", "-- no return label in the box --"]),
            moment(3, "fabric", "Fabric quality", "fit", "friction", 0.51,
                   "Thin, see-through fabric disappoints after the first wash.",
                   ["Pilled after one wash.\nVery disappointed."]),
            moment(4, "style", "Style & look", "fit", "delight", 0.47,
                   "The most mentioned touchpoint and overwhelmingly positive: keep the designs.",
                   ["Gorgeous print, I get compliments every time I wear it! 😍"]),
        ]
        doc.emotions = ReportDocument.EmotionMatrix(emotions: emotionNames, rows: touchpointData.enumerated().map { i, t in
            ReportDocument.EmotionMatrix.Row(touchpoint: t.0, label: t.1, mentions: t.3, values: emotionNames.indices.map { j in
                let negative = j < 3 || j == 4
                let base = negative ? t.5 : (1 - t.5)
                return (base * Double((i + j) % 5 + 1) / 10 * 1000).rounded() / 1000
            })
        })
        doc.stages = stageNames.enumerated().map { i, s in
            let rows = touchpointData.filter { $0.2 == i }
            let mentions = rows.map(\.3).reduce(0, +)
            let mean = rows.isEmpty ? 0 : rows.map { $0.4 * Double($0.3) }.reduce(0, +) / Double(max(mentions, 1))
            return ReportDocument.StageRow(stage: s.0, label: s.1, index: i, mentions: mentions,
                            meanCompound: (mean * 1000).rounded() / 1000, negativeShare: rows.first?.5 ?? 0,
                            topTouchpoint: rows.max { $0.3 < $1.3 }?.0)
        }
        let periods = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
        doc.trends = touchpointData.prefix(4).enumerated().map { k, t in
            ReportDocument.TrendSeries(name: t.0, label: t.1, points: periods.enumerated().map { i, p in
                .init(period: p, mentions: t.3 / 6, meanCompound: t.4 + Double((i * (k + 2)) % 5 - 2) / 20)
            })
        }
        doc.segments = [
            ReportDocument.SegmentComparison(dimension: "department", rows: [
                .init(value: "Dresses", records: 640, meanCompound: 0.31, negativeShare: 0.18, topTouchpoint: "sizing"),
                .init(value: "Tops", records: 820, meanCompound: 0.22, negativeShare: 0.24, topTouchpoint: "fabric"),
                .init(value: "Bottoms", records: 320, meanCompound: -0.06, negativeShare: 0.36, topTouchpoint: "sizing"),
                .init(value: "Intimates <lace>", records: 220, meanCompound: 0.12, negativeShare: 0.27),
            ]),
        ]
        doc.drivers = touchpointData.prefix(6).map { t in
            ReportDocument.DriverRow(touchpoint: t.0, label: t.1, method: "relative weights", weight: t.6, lower: t.6 * 0.7,
                      upper: t.6 * 1.3, penalty: -t.6 * 2, reward: t.6 / 2)
        }
        doc.mentions = [
            ReportDocument.MentionRow(recordID: "18", touchpoint: "sizing", label: "Sizing & fit", stage: "fit", phrase: "size",
                       start: 10, end: 14, compound: -0.4767, emotions: ["anger", "sadness"], evidence: hostileQuote),
            ReportDocument.MentionRow(recordID: "28", touchpoint: "price", label: "Price & value", stage: "purchase", phrase: "price",
                       start: 0, end: 5, compound: 0.4404, evidence: "+1 great price"),
        ]
        doc.segmentNames = ["department", "age"]
        doc.records = [
            ReportDocument.RecordRow(id: "18", source: "reviews.csv", line: 2, date: "2026-03-04", rating: 2, compound: -0.4767,
                      label: "negative", touchpoints: ["sizing"], segments: ["Dresses", "32"]),
            ReportDocument.RecordRow(id: "28", source: "reviews.csv", line: 3, date: nil, rating: 5, compound: 0.8,
                      label: "positive", touchpoints: ["price", "style"], segments: ["Tops", ""]),
        ]
        doc.rejects = [
            ReportDocument.RejectRow(source: "reviews.csv", line: 77, code: "empty-text", field: "Review Text",
                      message: "the review text is empty", raw: "77,1120,,,,5,1,0,General,Jackets,Outerwear"),
            ReportDocument.RejectRow(source: "reviews.csv", line: 91, code: "invalid-utf8", message: "bytes are not UTF-8",
                      raw: "bad\u{01}bytes\u{0B} @SUM(1)"),
        ]
        doc.notes = ["Sentiment is VADER-style lexicon scoring; a compound of −0.05 or below counts as negative.",
                     "Importance is each touchpoint's relative weight in explaining the star rating."]
        return doc
    }

    static func moment(_ rank: Int, _ id: String, _ label: String, _ stage: String, _ cls: String, _ score: Double,
                       _ reason: String, _ quotes: [String]) -> ReportDocument.Moment {
        let t = touchpointData.first { $0.0 == id }!
        return ReportDocument.Moment(rank: rank, touchpoint: id, label: label, stage: stage, momentClass: cls, score: score,
                      components: [
                          ReportDocument.ScoreComponent(name: "volume", value: Double(t.3) / 520, weight: 0.25),
                          ReportDocument.ScoreComponent(name: "negativity", value: t.5, weight: 0.3),
                          ReportDocument.ScoreComponent(name: "intensity", value: abs(t.4), weight: 0.2),
                          ReportDocument.ScoreComponent(name: "driver_weight", value: t.6 / 0.26, weight: 0.25),
                      ],
                      reason: reason, mentions: t.3, share: Double(t.3) / 2_000, meanCompound: t.4,
                      negativeShare: t.5,
                      quotes: quotes.enumerated().map { ReportDocument.Quote(text: $1, recordID: "r\(rank * 10 + $0)",
                                                              compound: t.4 - 0.1 * Double($0)) })
    }
}

import MTMText

/// Errors reading a tagging gold file.
public enum TouchpointEvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidGold(path: String, line: Int, message: String, hint: String)

    public var description: String {
        switch self {
        case let .invalidGold(path, line, message, hint): "\(path):\(line): \(message) — \(hint)"
        }
    }
}

/// Touchpoint detection (per-touchpoint precision, recall, F1, at record level) and mention polarity accuracy
/// against a gold file. A touchpoint's predicted polarity in a record is the label of the sum of its mentions'
/// compounds; it is compared with the gold polarity where the gold gives one and the touchpoint was detected.
public struct TouchpointEvaluation: Sendable {
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// A row the tagger got wrong, for the error listing.
    public struct Miss: Sendable, Hashable {
        public var line: Int
        public var text: String
        public var missing: [String]
        public var extra: [String]
        /// "touchpoint: gold → predicted".
        public var polarity: [String]
    }

    public var rows = 0
    public var perTouchpoint: [String: Counts] = [:]
    public var polarityCorrect = 0
    public var polarityTotal = 0
    public var misses: [Miss] = []

    /// Mean F1 over the touchpoints that occur in the gold or the predictions.
    public var macroF1: Double {
        perTouchpoint.isEmpty ? 0 : perTouchpoint.values.map(\.f1).reduce(0, +) / Double(perTouchpoint.count)
    }

    public var micro: Counts {
        perTouchpoint.values.reduce(into: Counts()) {
            $0.truePositives += $1.truePositives
            $0.falsePositives += $1.falsePositives
            $0.falseNegatives += $1.falseNegatives
        }
    }

    public var polarityAccuracy: Double { polarityTotal == 0 ? 0 : Double(polarityCorrect) / Double(polarityTotal) }

    public init() {}

    /// Tags every row's text and compares with its gold touchpoints.
    public static func evaluate(_ rows: [TouchpointGold.Row], tagger: TouchpointTagger,
                                analyze: (String) -> AnalyzedText, scorer: (any ClauseScoring)?) -> TouchpointEvaluation {
        var result = TouchpointEvaluation()
        for row in rows {
            let mentions = tagger.mentions(in: analyze(row.text), scorer: scorer)
            var predicted: [String: Double] = [:]
            for mention in mentions { predicted[mention.touchpoint, default: 0] += mention.compound }
            result.add(row, predicted: predicted)
        }
        return result
    }

    /// Adds one row: `predicted` maps each detected touchpoint to the sum of its mentions' compounds.
    public mutating func add(_ row: TouchpointGold.Row, predicted: [String: Double]) {
        rows += 1
        var miss = Miss(line: row.line, text: row.text, missing: [], extra: [], polarity: [])
        for id in Set(row.touchpoints.keys).union(predicted.keys).sorted() {
            let inGold = row.touchpoints[id] != nil, found = predicted[id] != nil
            switch (inGold, found) {
            case (true, true): perTouchpoint[id, default: Counts()].truePositives += 1
            case (true, false): perTouchpoint[id, default: Counts()].falseNegatives += 1; miss.missing.append(id)
            case (false, true): perTouchpoint[id, default: Counts()].falsePositives += 1; miss.extra.append(id)
            case (false, false): break
            }
            if found, let gold = row.touchpoints[id] ?? nil {
                let label = SentimentLabel(compound: predicted[id]!)
                polarityTotal += 1
                if label == gold { polarityCorrect += 1 } else { miss.polarity.append("\(id): \(gold.rawValue) → \(label.rawValue)") }
            }
        }
        if !miss.missing.isEmpty || !miss.extra.isEmpty || !miss.polarity.isEmpty { misses.append(miss) }
    }
}

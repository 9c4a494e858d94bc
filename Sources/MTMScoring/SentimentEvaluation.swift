/// Agreement of predicted compounds with gold sentiment: Pearson r on the continuous values and 3-class
/// precision/recall/F1 (per class, macro, support-weighted) with the confusion matrix. Classes use VADER's
/// ±0.05 cut-off on both sides (gold valence −4…+4 is divided by 4 first, as VADER's paper does).
public struct SentimentEvaluation: Sendable, Hashable {
    public struct ClassScores: Sendable, Hashable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public private(set) var gold: [Double] = []
    public private(set) var predicted: [Double] = []

    public init() {}

    /// Adds one pair: gold on the −1…1 scale (divide VADER's −4…+4 means by 4), predicted compound.
    public mutating func add(gold: Double, predicted: Double) {
        self.gold.append(gold)
        self.predicted.append(predicted)
    }

    public var count: Int { gold.count }

    public var pearson: Double {
        let n = Double(gold.count)
        guard n > 1 else { return 0 }
        let mx = gold.reduce(0, +) / n, my = predicted.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in zip(gold, predicted) {
            sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx); syy += (y - my) * (y - my)
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Class order of the matrix and tables.
    public static let classes: [SentimentLabel] = [.negative, .neutral, .positive]

    /// `matrix[gold][predicted]` counts in `classes` order.
    public var confusion: [[Int]] {
        var matrix = [[Int]](repeating: [0, 0, 0], count: 3)
        for (g, p) in zip(gold, predicted) {
            matrix[Self.index(SentimentLabel(compound: g))][Self.index(SentimentLabel(compound: p))] += 1
        }
        return matrix
    }

    static func index(_ label: SentimentLabel) -> Int {
        switch label { case .negative: 0; case .neutral: 1; case .positive: 2 }
    }

    public var perClass: [ClassScores] {
        let m = confusion
        return (0..<3).map { c in
            let tp = Double(m[c][c])
            let predictedC = Double((0..<3).reduce(0) { $0 + m[$1][c] })
            let support = m[c].reduce(0, +)
            let precision = predictedC > 0 ? tp / predictedC : 0
            let recall = support > 0 ? tp / Double(support) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return ClassScores(precision: precision, recall: recall, f1: f1, support: support)
        }
    }

    public var macro: ClassScores {
        let c = perClass
        return ClassScores(precision: c.map(\.precision).reduce(0, +) / 3, recall: c.map(\.recall).reduce(0, +) / 3,
                           f1: c.map(\.f1).reduce(0, +) / 3, support: count)
    }

    /// Support-weighted averages (scikit-learn's `average="weighted"`).
    public var weighted: ClassScores {
        let c = perClass
        let total = Double(max(1, count))
        func avg(_ key: KeyPath<ClassScores, Double>) -> Double {
            c.reduce(0) { $0 + $1[keyPath: key] * Double($1.support) } / total
        }
        return ClassScores(precision: avg(\.precision), recall: avg(\.recall), f1: avg(\.f1), support: count)
    }
}

/// Sufficient statistics for the text-mode driver regression, over rated records: outcome y = the record's rating
/// on the unit scale; one predictor per touchpoint x_t = the mean clause compound of the record's mentions of t.
/// A record that does not mention t enters with x_t = 0 (neutral): "not mentioned" and "mentioned neutrally" weigh
/// the same, and a touchpoint's weight measures how much its sentiment, where expressed, moves the rating.
///
/// Zeros are implicit, so the statistics stay sparse and merge by key union: n, Σy, Σy², and per touchpoint Σx,
/// Σx², Σxy, and per pair Σx_a·x_b — every one an exact fixed-point sum.
public struct TextMoments: Sendable, Hashable {
    public var n = 0
    public var ySum = ExactSum()
    public var yySum = ExactSum()
    public var variables: [String: VariableSums] = [:]
    /// a → b → Σx_a·x_b for a < b (only pairs that co-occur in some record).
    public var cross: [String: [String: ExactSum]] = [:]

    public init() {}

    public struct VariableSums: Sendable, Hashable {
        /// Records where x ≠ 0 is possible (the touchpoint was mentioned).
        public var count = 0
        public var sum = ExactSum()
        public var sumSquares = ExactSum()
        public var sumWithY = ExactSum()
        public init() {}
        mutating func merge(_ o: VariableSums) {
            count += o.count; sum.add(o.sum); sumSquares.add(o.sumSquares); sumWithY.add(o.sumWithY)
        }
    }

    /// Adds one rated record: `y` and the predictors it has (quantised); every other predictor is 0.
    public mutating func add(y: Int64, x: [String: Int64]) {
        n += 1
        ySum.add(y)
        yySum.addProduct(y, y)
        let keys = x.keys.sorted()
        for (i, a) in keys.enumerated() {
            let xa = x[a]!
            var v = variables[a] ?? VariableSums()
            v.count += 1
            v.sum.add(xa)
            v.sumSquares.addProduct(xa, xa)
            v.sumWithY.addProduct(xa, y)
            variables[a] = v
            for b in keys[(i + 1)...] {
                cross[a, default: [:]][b, default: ExactSum()].addProduct(xa, x[b]!)
            }
        }
    }

    public mutating func merge(_ o: TextMoments) {
        n += o.n
        ySum.add(o.ySum)
        yySum.add(o.yySum)
        variables.merge(o.variables) { var a = $0; a.merge($1); return a }
        for (a, row) in o.cross {
            cross[a, default: [:]].merge(row) { $0 + $1 }
        }
    }

    /// Σx_a·x_b for any two predictors (a == b gives Σx²).
    public func crossSum(_ a: String, _ b: String) -> ExactSum {
        if a == b { return variables[a]?.sumSquares ?? .zero }
        let (lo, hi) = a < b ? (a, b) : (b, a)
        return cross[lo]?[hi] ?? .zero
    }
}

/// Sufficient statistics for survey-mode driver analysis, where each record answers some of the per-touchpoint
/// rating questions: for every pair of variables answered together (the outcome is the variable `outcomeKey`),
/// the count and exact sums Σa, Σb, Σa², Σb², Σab. Correlations use pairwise-complete observations, so a skipped
/// question removes that record from the pairs it is in and nothing else.
public struct PairwiseMoments: Sendable, Hashable {
    /// The outcome's variable name (touchpoint ids never start with "@").
    public static let outcomeKey = "@outcome"

    public struct PairSums: Sendable, Hashable {
        public var n = 0
        public var sumA = ExactSum()
        public var sumB = ExactSum()
        public var sumAA = ExactSum()
        public var sumBB = ExactSum()
        public var sumAB = ExactSum()
        public init() {}
        mutating func merge(_ o: PairSums) {
            n += o.n; sumA.add(o.sumA); sumB.add(o.sumB); sumAA.add(o.sumAA); sumBB.add(o.sumBB); sumAB.add(o.sumAB)
        }
    }

    /// a → b → sums for a ≤ b (a == b holds the variable's own count and moments).
    public var pairs: [String: [String: PairSums]] = [:]

    public init() {}

    public var isEmpty: Bool { pairs.isEmpty }

    /// Adds one observation: the variables it has, quantised.
    public mutating func add(_ values: [String: Int64]) {
        let keys = values.keys.sorted()
        for (i, a) in keys.enumerated() {
            let va = values[a]!
            for b in keys[i...] {
                let vb = values[b]!
                var s = pairs[a]?[b] ?? PairSums()
                s.n += 1
                s.sumA.add(va); s.sumB.add(vb)
                s.sumAA.addProduct(va, va); s.sumBB.addProduct(vb, vb); s.sumAB.addProduct(va, vb)
                pairs[a, default: [:]][b] = s
            }
        }
    }

    public mutating func merge(_ o: PairwiseMoments) {
        for (a, row) in o.pairs {
            pairs[a, default: [:]].merge(row) { var s = $0; s.merge($1); return s }
        }
    }

    /// The sums for the pair, oriented so `sumA` belongs to `a`.
    public func sums(_ a: String, _ b: String) -> PairSums? {
        if a <= b { return pairs[a]?[b] }
        guard let s = pairs[b]?[a] else { return nil }
        var t = s
        t.sumA = s.sumB; t.sumB = s.sumA; t.sumAA = s.sumBB; t.sumBB = s.sumAA
        return t
    }

    /// Variable names (outcome included), sorted.
    public var variableNames: [String] {
        Set(pairs.flatMap { [$0.key] + $0.value.keys }).sorted()
    }
}

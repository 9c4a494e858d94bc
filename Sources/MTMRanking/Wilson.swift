/// A binomial proportion with its Wilson score interval (Wilson 1927), which stays inside [0, 1] and is honest at
/// small n — the reason friction is taken at its lower bound: 3 negatives out of 3 gives [0.44, 1], not 1.
public struct Proportion: Sendable, Hashable {
    /// z for a two-sided 95% interval.
    public static let z95 = 1.959963984540054

    public var successes: Int
    public var trials: Int
    public var value: Double
    public var lower: Double
    public var upper: Double

    public init(_ successes: Int, of trials: Int, z: Double = Proportion.z95) {
        self.successes = successes
        self.trials = trials
        guard trials > 0 else { value = 0; lower = 0; upper = 0; return }
        let n = Double(trials), p = Double(successes) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / (1 + z2 / n)
        value = p
        lower = max(0, centre - half)
        upper = min(1, centre + half)
    }

    /// Half the interval's width: the "±" shown beside the share.
    public var margin: Double { (upper - lower) / 2 }
}

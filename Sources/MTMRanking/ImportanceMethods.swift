import MTMRecord
/// The two decompositions of R² used for derived importance.
public enum ImportanceMethods {
    /// Johnson's (2000) relative weights: orthogonalise the predictors (symmetric square root of Rxx), regress the
    /// outcome on the orthogonal set and map the squared coefficients back. The weights sum to R².
    public static func relativeWeights(_ m: CorrelationModel) -> [Double] {
        let p = m.predictors.count
        let (values, vectors) = Matrix.symmetricEigen(m.rxx)
        let roots = values.map { $0 > 1e-12 ? $0.squareRoot() : 0 }
        // Λ = V·diag(√λ)·Vᵀ (predictors on the orthogonal set); β = V·diag(1/√λ)·Vᵀ·rxy.
        var lambda = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        var inverse = lambda
        for i in 0..<p {
            for j in 0..<p {
                var s = 0.0, t = 0.0
                for k in 0..<p where roots[k] > 0 {
                    s += vectors[i][k] * roots[k] * vectors[j][k]
                    t += vectors[i][k] / roots[k] * vectors[j][k]
                }
                lambda[i][j] = s
                inverse[i][j] = t
            }
        }
        var beta = [Double](repeating: 0, count: p)
        for k in 0..<p { for j in 0..<p { beta[k] += inverse[k][j] * m.rxy[j] } }
        var weights = [Double](repeating: 0, count: p)
        for j in 0..<p {
            for k in 0..<p {
                let l = lambda[j][k], b = beta[k]
                weights[j] += l * l * b * b
            }
        }
        return weights
    }

    /// Shapley value (LMG) of each predictor's share of R². Exact over all 2^p subsets up to `exactLimit`
    /// predictors; beyond, the mean over `permutations` random orders (seeded), with each value's standard error.
    public static func shapley(_ m: CorrelationModel, exactLimit: Int = 15, permutations: Int = 1000,
                               seed: UInt64 = 0x4D544D) -> (values: [Double], standardError: [Double]?) {
        let p = m.predictors.count
        guard p > 0 else { return ([], nil) }
        if p <= exactLimit {
            let count = 1 << p
            var r2 = [Double](repeating: 0, count: count)
            for mask in 1..<count {
                r2[mask] = m.rSquared((0..<p).filter { mask & (1 << $0) != 0 })
            }
            // weight(k) = k!(p−k−1)!/p!
            var weight = [Double](repeating: 0, count: p)
            for k in 0..<p {
                var w = 1.0 / Double(p)
                // 1/(p · C(p−1, k))
                var c = 1.0
                for i in 0..<k { c = c * Double(p - 1 - i) / Double(i + 1) }
                w /= c
                weight[k] = w
            }
            var values = [Double](repeating: 0, count: p)
            for i in 0..<p {
                let bit = 1 << i
                var s = 0.0
                for mask in 0..<count where mask & bit == 0 {
                    s += weight[mask.nonzeroBitCount] * (r2[mask | bit] - r2[mask])
                }
                values[i] = s
            }
            return (values, nil)
        }
        var rng = SplitMix64(seed: seed)
        var sum = [Double](repeating: 0, count: p), sumSq = sum
        for _ in 0..<permutations {
            var order = Array(0..<p)
            order.shuffle(using: &rng)
            var chosen: [Int] = []
            var previous = 0.0
            for i in order {
                chosen.append(i)
                let r = m.rSquared(chosen)
                let d = r - previous
                sum[i] += d; sumSq[i] += d * d
                previous = r
            }
        }
        let n = Double(permutations)
        let means = sum.map { $0 / n }
        let se = (0..<p).map { i in max(0, (sumSq[i] / n - means[i] * means[i]) / (n - 1)).squareRoot() }
        return (means, se)
    }
}

import MTMAggregate

/// The correlations a driver analysis needs: among the predictors (`rxx`) and of each predictor with the outcome
/// (`rxy`), with n. Built from merged sufficient statistics, or from rows (bootstrap resamples, tests).
public struct CorrelationModel: Sendable, Hashable {
    public var predictors: [String]
    public var n: Int
    public var rxx: [[Double]]
    public var rxy: [Double]

    public init(predictors: [String], n: Int, rxx: [[Double]], rxy: [Double]) {
        self.predictors = predictors
        self.n = n
        self.rxx = rxx
        self.rxy = rxy
    }

    /// From a covariance matrix whose last row/column is the outcome. Zero-variance predictors are dropped.
    init?(names: [String], n: Int, covariance c: [[Double]]) {
        let p = names.count
        let yVar = c[p][p]
        guard yVar > 0 else { return nil }
        let keep = (0..<p).filter { c[$0][$0] > 1e-18 }
        guard !keep.isEmpty else { return nil }
        predictors = keep.map { names[$0] }
        self.n = n
        rxx = keep.map { i in keep.map { j in c[i][j] / (c[i][i] * c[j][j]).squareRoot() } }
        rxy = keep.map { i in c[i][p] / (c[i][i] * yVar).squareRoot() }
    }

    /// From rows of predictor values and outcomes (complete data).
    public init?(names: [String], rows: [[Double]], outcome: [Double]) {
        let n = outcome.count, p = names.count
        var columns = [Double](repeating: 0, count: (p + 1) * n)
        for (k, row) in rows.prefix(n).enumerated() {
            for j in 0..<p { columns[j * n + k] = row[j] }
        }
        for k in 0..<n { columns[p * n + k] = outcome[k] }
        self.init(names: names, columns: columns, n: n)
    }

    /// From `n` values of each predictor and then of the outcome, column after column (`columns[j * n + k]`): one
    /// flat buffer, so bootstrap resamples fill it in place instead of building row arrays.
    init?(names: [String], columns: [Double], n: Int) {
        let p = names.count
        guard n > 2, columns.count == (p + 1) * n else { return nil }
        var cov = [[Double]](repeating: [Double](repeating: 0, count: p + 1), count: p + 1)
        columns.withUnsafeBufferPointer { data in
            // Same operations in the same order as a sum per column and per pair of columns, so the same bits.
            let means = (0...p).map { i in data[(i * n)..<(i * n + n)].reduce(0, +) / Double(n) }
            for i in 0...p {
                for j in i...p {
                    let a = data.baseAddress! + i * n, b = data.baseAddress! + j * n
                    let ma = means[i], mb = means[j]
                    var s = 0.0
                    for k in 0..<n { s += (a[k] - ma) * (b[k] - mb) }
                    cov[i][j] = s / Double(n - 1); cov[j][i] = cov[i][j]
                }
            }
        }
        self.init(names: names, n: n, covariance: cov)
    }

    /// Text mode: predictors are the touchpoints among `candidates` (absent values are 0, see `TextMoments`).
    public init?(text m: TextMoments, candidates: [String]) {
        let n = Double(m.n)
        guard m.n > 2 else { return nil }
        let names = candidates
        let sums = names.map { m.variables[$0]?.sum.value ?? 0 } + [m.ySum.value]
        func cross(_ i: Int, _ j: Int) -> Double {
            switch (i == names.count, j == names.count) {
            case (true, true): return m.yySum.productValue
            case (true, false): return m.variables[names[j]]?.sumWithY.productValue ?? 0
            case (false, true): return m.variables[names[i]]?.sumWithY.productValue ?? 0
            case (false, false): return m.crossSum(names[i], names[j]).productValue
            }
        }
        let size = names.count + 1
        var cov = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        for i in 0..<size {
            for j in i..<size {
                cov[i][j] = (cross(i, j) - sums[i] * sums[j] / n) / (n - 1)
                cov[j][i] = cov[i][j]
            }
        }
        self.init(names: names, n: m.n, covariance: cov)
    }

    /// Survey mode: pairwise-complete correlations between the answered touchpoint ratings and the outcome; n is
    /// the smallest pairwise count.
    public init?(survey m: PairwiseMoments, candidates: [String]) {
        let names = candidates + [PairwiseMoments.outcomeKey]
        let size = names.count
        var r = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        var minN = Int.max
        for i in 0..<size {
            for j in i..<size {
                guard let s = m.sums(names[i], names[j]), s.n > 2 else { return nil }
                minN = min(minN, s.n)
                let n = Double(s.n)
                let sab = s.sumAB.productValue - s.sumA.value * s.sumB.value / n
                let saa = s.sumAA.productValue - s.sumA.value * s.sumA.value / n
                let sbb = s.sumBB.productValue - s.sumB.value * s.sumB.value / n
                let v = saa > 0 && sbb > 0 ? sab / (saa * sbb).squareRoot() : (i == j ? 1 : 0)
                r[i][j] = i == j ? (saa > 0 ? 1 : 0) : v
                r[j][i] = r[i][j]
            }
        }
        guard r[size - 1][size - 1] > 0 else { return nil }
        let keep = (0..<(size - 1)).filter { r[$0][$0] > 0 }
        guard !keep.isEmpty else { return nil }
        predictors = keep.map { names[$0] }
        n = minN
        rxx = keep.map { i in keep.map { r[i][$0] } }
        rxy = keep.map { r[$0][size - 1] }
    }

    /// R² of the regression of the outcome on the predictors at `indices`.
    func rSquared(_ indices: [Int]) -> Double {
        guard !indices.isEmpty else { return 0 }
        let a = indices.map { i in indices.map { rxx[i][$0] } }
        let b = indices.map { rxy[$0] }
        let beta = Matrix.solve(a, b)
        return zip(beta, b).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Standardised regression coefficients on all predictors.
    public var standardizedBeta: [Double] { Matrix.solve(rxx, rxy) }
    public var rSquared: Double { rSquared(Array(predictors.indices)) }
}

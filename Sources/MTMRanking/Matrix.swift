import Foundation
import MTMRecord

/// Small dense linear algebra for the driver analysis (p ≤ a few dozen): symmetric solves and the Jacobi
/// eigendecomposition. Row-major `[[Double]]`; every loop runs in a fixed order, so results are deterministic.
enum Matrix {
    /// Solves A·x = b for symmetric positive (semi)definite A by Gaussian elimination with partial pivoting;
    /// a pivot below `tolerance` (a predictor that is a linear combination of others) gets coefficient 0.
    static func solve(_ a: [[Double]], _ b: [Double], tolerance: Double = 1e-12) -> [Double] {
        let n = b.count
        var m = a
        var v = b
        var pivotOK = [Bool](repeating: true, count: n)
        for col in 0..<n {
            var best = col
            for r in (col + 1)..<max(col + 1, n) where abs(m[r][col]) > abs(m[best][col]) { best = r }
            if abs(m[best][col]) < tolerance { pivotOK[col] = false; continue }
            if best != col { m.swapAt(best, col); v.swapAt(best, col) }
            let p = m[col][col]
            for r in (col + 1)..<max(col + 1, n) {
                let f = m[r][col] / p
                if f == 0 { continue }
                for c in col..<n { m[r][c] -= f * m[col][c] }
                v[r] -= f * v[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) where pivotOK[row] {
            var s = v[row]
            for c in (row + 1)..<max(row + 1, n) { s -= m[row][c] * x[c] }
            x[row] = s / m[row][row]
        }
        return x
    }

    /// Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix, by cyclic Jacobi rotations.
    static func symmetricEigen(_ a: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let n = a.count
        var m = a
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in 0..<n where i != j { off += m[i][j] * m[i][j] } }
            if off < 1e-22 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where abs(m[p][q]) > 1e-300 {
                    let theta = (m[q][q] - m[p][p]) / (2 * m[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let mkp = m[k][p], mkq = m[k][q]
                        m[k][p] = c * mkp - s * mkq
                        m[k][q] = s * mkp + c * mkq
                    }
                    for k in 0..<n {
                        let mpk = m[p][k], mqk = m[q][k]
                        m[p][k] = c * mpk - s * mqk
                        m[q][k] = s * mpk + c * mqk
                    }
                    for k in 0..<n {
                        let vkp = v[k][p], vkq = v[k][q]
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { m[$0][$0] }, v)
    }
}

extension SplitMix64 {
    /// Standard normal (Box–Muller).
    public mutating func normal() -> Double {
        let u = max(unit(), 1e-300), v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

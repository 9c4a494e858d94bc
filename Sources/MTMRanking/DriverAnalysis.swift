import MTMAggregate
import MTMRecord

/// Settings of the driver analysis, each with the reason for its default.
public struct DriverConfiguration: Sendable, Hashable {
    /// A touchpoint enters the regression when at least this many rated records mention it: below ~10, its
    /// correlation is noise and its weight a coin toss.
    public var minimumRecords = 10
    /// Exact Shapley (LMG) up to this many predictors (2^15 = 32 768 subset regressions); beyond, sampled.
    public var exactShapleyLimit = 15
    /// Random orders for the sampled Shapley estimate; its standard error is reported beside it.
    public var sampledPermutations = 1000
    /// Largest model: the most-mentioned touchpoints beyond this are left out (and listed as such).
    public var maximumPredictors = 40
    /// Bootstrap resamples of the record sample for the 95% intervals (percentile method). 200 gives interval
    /// ends stable to about ±0.005 on the reference data.
    public var bootstrapResamples = 200
    /// LMG is bootstrapped only up to this many predictors (2^p regressions per resample); relative weights always.
    public var bootstrapShapleyLimit = 8
    public var seed: UInt64 = 0x4D544D

    public init() {}
}

/// One predictor's derived importance.
public struct DriverWeight: Sendable, Hashable {
    public var touchpoint: String
    /// Johnson's relative weight (sums to R² over predictors) and its share of R².
    public var relativeWeight: Double
    public var relativeWeightShare: Double
    /// Bootstrap 95% interval of the relative weight (nil without a sample).
    public var relativeWeightLower: Double?
    public var relativeWeightUpper: Double?
    /// Shapley/LMG share of R² (sums to R²), its bootstrap interval and, when sampled, its standard error.
    public var shapley: Double
    public var shapleyLower: Double?
    public var shapleyUpper: Double?
    public var shapleyStandardError: Double?
    /// Standardised coefficient and zero-order correlation with the outcome (the sign of the effect).
    public var beta: Double
    public var correlation: Double
}

/// The result of a driver analysis: R², n and a weight per predictor, sorted by Shapley value (ties by id).
public struct DriverAnalysis: Sendable, Hashable {
    public enum Mode: String, Sendable, Hashable { case text, survey }
    public var mode: Mode
    public var n: Int
    public var rSquared: Double
    public var weights: [DriverWeight]
    /// "exact (2^p subsets)" or "sampled (M orders, max standard error e)".
    public var shapleyMethod: String
    /// Records the bootstrap drew from and the resamples taken (0 when no sample was available).
    public var bootstrapRecords: Int
    public var bootstrapResamples: Int
    /// Touchpoints left out: too few rated mentions, no variance, or beyond `maximumPredictors`.
    public var excluded: [String]

    public func weight(_ touchpoint: String) -> DriverWeight? { weights.first { $0.touchpoint == touchpoint } }

    /// Runs the analysis on a correlation model, with bootstrap intervals from `resample` (rows drawn with
    /// replacement from the record sample, giving a model per resample).
    public init(mode: Mode, model: CorrelationModel, excluded: [String], configuration c: DriverConfiguration,
                bootstrapRows: (names: [String], rows: [[Double]], outcome: [Double])? = nil) {
        self.mode = mode
        n = model.n
        rSquared = model.rSquared
        self.excluded = excluded
        let rw = ImportanceMethods.relativeWeights(model)
        let (lmg, se) = ImportanceMethods.shapley(model, exactLimit: c.exactShapleyLimit,
                                                  permutations: c.sampledPermutations, seed: c.seed)
        let p = model.predictors.count
        shapleyMethod = se == nil ? "exact (2^\(p) subsets)"
            : "sampled (\(c.sampledPermutations) orders, max standard error \(Self.short(se!.max() ?? 0)))"
        var rwDraws = [[Double]](repeating: [], count: p), lmgDraws = rwDraws
        bootstrapRecords = 0
        bootstrapResamples = 0
        if let rows = bootstrapRows, rows.outcome.count > p + 2, c.bootstrapResamples > 0 {
            bootstrapRecords = rows.outcome.count
            var rng = SplitMix64(seed: c.seed &+ 1)
            let count = rows.outcome.count, width = rows.names.count
            var columns = [Double](repeating: 0, count: (width + 1) * count) // reused by every resample
            for _ in 0..<c.bootstrapResamples {
                for r in 0..<count {
                    let k = Int(rng.next() % UInt64(count))
                    for j in 0..<width { columns[j * count + r] = rows.rows[k][j] }
                    columns[width * count + r] = rows.outcome[k]
                }
                guard let m = CorrelationModel(names: rows.names, columns: columns, n: count) else { continue }
                bootstrapResamples += 1
                let w = ImportanceMethods.relativeWeights(m)
                let l = p <= c.bootstrapShapleyLimit ? ImportanceMethods.shapley(m).values : []
                for (j, name) in m.predictors.enumerated() {
                    guard let i = model.predictors.firstIndex(of: name) else { continue }
                    rwDraws[i].append(w[j])
                    if !l.isEmpty { lmgDraws[i].append(l[j]) }
                }
            }
        }
        let beta = model.standardizedBeta
        let r2 = rSquared
        weights = (0..<p).map { i in
            DriverWeight(touchpoint: model.predictors[i], relativeWeight: rw[i],
                         relativeWeightShare: r2 > 0 ? rw[i] / r2 : 0,
                         relativeWeightLower: Self.quantile(rwDraws[i], 0.025),
                         relativeWeightUpper: Self.quantile(rwDraws[i], 0.975),
                         shapley: lmg[i], shapleyLower: Self.quantile(lmgDraws[i], 0.025),
                         shapleyUpper: Self.quantile(lmgDraws[i], 0.975), shapleyStandardError: se?[i],
                         beta: beta[i], correlation: model.rxy[i])
        }.sorted { $0.shapley != $1.shapley ? $0.shapley > $1.shapley : $0.touchpoint < $1.touchpoint }
    }

    /// Type-7 quantile (R's default); nil for fewer than 10 draws.
    static func quantile(_ draws: [Double], _ q: Double) -> Double? {
        guard draws.count >= 10 else { return nil }
        let s = draws.sorted()
        let h = Double(s.count - 1) * q
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, s.count - 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }

    static func short(_ v: Double) -> String {
        let r = (v * 10000).rounded() / 10000
        return String(r)
    }
}

extension DriverAnalysis {
    /// Text-mode analysis of a partial: outcome = unit rating, predictors = touchpoints' mention compounds (0
    /// when not mentioned). Nil without rated records or usable predictors.
    public init?(textOf partial: Partial, configuration c: DriverConfiguration = .init()) {
        let m = partial.text
        let eligible = m.variables.filter { $0.value.count >= c.minimumRecords }
            .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        let chosen = eligible.prefix(c.maximumPredictors).map(\.key).sorted()
        guard !chosen.isEmpty, m.n > chosen.count + 2,
              let model = CorrelationModel(text: m, candidates: chosen) else { return nil }
        let excluded = m.variables.keys.filter { !model.predictors.contains($0) }.sorted()
        let rows = partial.sample.entries.map { e in model.predictors.map { FixedPoint.real(e.x[$0] ?? 0) } }
        let ys = partial.sample.entries.map { FixedPoint.real($0.y) }
        self.init(mode: .text, model: model, excluded: excluded, configuration: c,
                  bootstrapRows: (model.predictors, rows, ys))
    }

    /// Survey-mode analysis: predictors = per-touchpoint rating answers. Nil without survey answers and ratings.
    public init?(surveyOf partial: Partial, configuration c: DriverConfiguration = .init()) {
        let m = partial.survey
        guard !m.isEmpty else { return nil }
        let all = m.variableNames.filter { $0 != PairwiseMoments.outcomeKey }
        let eligible = all.filter { (m.sums($0, PairwiseMoments.outcomeKey)?.n ?? 0) >= c.minimumRecords }
        let chosen = Array(eligible.prefix(c.maximumPredictors))
        guard !chosen.isEmpty, let model = CorrelationModel(survey: m, candidates: chosen),
              model.n > model.predictors.count + 2 else { return nil }
        let excluded = all.filter { !model.predictors.contains($0) }
        // Bootstrap on the sampled records that answered every predictor.
        let complete = partial.sample.entries.filter { e in model.predictors.allSatisfy { e.survey[$0] != nil } }
        let rows = complete.map { e in model.predictors.map { FixedPoint.real(e.survey[$0]!) } }
        self.init(mode: .survey, model: model, excluded: excluded, configuration: c,
                  bootstrapRows: (model.predictors, rows, complete.map { FixedPoint.real($0.y) }))
    }
}

import Foundation
import MTMAggregate
import MTMRecord
import Testing
@testable import MTMRanking

/// Driver analysis against published figures for two public R data sets (see Fixtures/README.md).
struct DriverReferenceTests {
    struct Reference: Sendable, CustomStringConvertible {
        var file: String
        var outcome: String
        var predictors: [String]
        var rSquared: Double
        var shapley: [Double]
        var relativeWeights: [Double]
        var description: String { file }
    }

    static let references = [
        Reference(file: "swiss.csv", outcome: "Fertility",
                  predictors: ["Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality"],
                  rSquared: 0.706735, shapley: [0.0571, 0.1712, 0.2601, 0.1056, 0.1128],
                  relativeWeights: [0.0484, 0.1547, 0.2720, 0.1147, 0.1170]),
        Reference(file: "mtcars.csv", outcome: "mpg", predictors: ["cyl", "disp", "hp", "gear"],
                  rSquared: 0.7791896, shapley: [0.2471, 0.2435, 0.2109, 0.0777],
                  relativeWeights: [0.2285, 0.2221, 0.2322, 0.0964]),
    ]

    /// Reads a numeric CSV with a quoted or plain header (first column = row names).
    static func load(_ ref: Reference) throws -> (rows: [[Double]], outcome: [Double]) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(ref.file)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",").map { $0.replacingOccurrences(of: "\"", with: "") }
        let cols = ref.predictors.map { header.firstIndex(of: $0)! }
        let y = header.firstIndex(of: ref.outcome)!
        var rows: [[Double]] = [], outcome: [Double] = []
        for line in lines.dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            // Row names may contain commas only inside quotes; the data sets here have none.
            rows.append(cols.map { Double(f[$0])! })
            outcome.append(Double(f[y])!)
        }
        return (rows, outcome)
    }

    static func check(_ analysis: DriverAnalysis, _ ref: Reference) {
        #expect(abs(analysis.rSquared - ref.rSquared) < 1e-4, "R² \(analysis.rSquared)")
        for (i, name) in ref.predictors.enumerated() {
            let w = analysis.weight(name)!
            #expect(abs(w.shapley - ref.shapley[i]) < 1e-3, "LMG \(name) \(w.shapley)")
            #expect(abs(w.relativeWeight - ref.relativeWeights[i]) < 1e-3, "RW \(name) \(w.relativeWeight)")
        }
        let total = analysis.weights.reduce(0) { $0 + $1.shapley }
        #expect(abs(total - analysis.rSquared) < 1e-9)
    }

    @Test(arguments: references)
    func weightsFromRowsMatchReference(_ ref: Reference) throws {
        let data = try Self.load(ref)
        let model = try #require(CorrelationModel(names: ref.predictors, rows: data.rows, outcome: data.outcome))
        let analysis = DriverAnalysis(mode: .survey, model: model, excluded: [], configuration: .init(),
                                      bootstrapRows: (ref.predictors, data.rows, data.outcome))
        Self.check(analysis, ref)
        #expect(analysis.n == data.outcome.count)
        for w in analysis.weights {
            let lower = try #require(w.relativeWeightLower), upper = try #require(w.relativeWeightUpper)
            #expect(lower <= w.relativeWeight + 1e-9 && w.relativeWeight <= upper + 0.05, "\(w.touchpoint)")
            #expect(lower >= 0 && upper <= 1)
        }
    }

    /// The same figures from merged sufficient statistics (pairwise moments, sharded in three).
    @Test(arguments: references)
    func weightsFromMergedMomentsMatchReference(_ ref: Reference) throws {
        let data = try Self.load(ref)
        var shards = [PairwiseMoments(), PairwiseMoments(), PairwiseMoments()]
        var text = [TextMoments(), TextMoments()]
        for (k, row) in data.rows.enumerated() {
            var values = Dictionary(uniqueKeysWithValues: zip(ref.predictors, row.map(FixedPoint.quantise)))
            text[k % 2].add(y: FixedPoint.quantise(data.outcome[k]), x: values)
            values[PairwiseMoments.outcomeKey] = FixedPoint.quantise(data.outcome[k])
            shards[k % 3].add(values)
        }
        var merged = shards[2]
        merged.merge(shards[0])
        merged.merge(shards[1])
        let model = try #require(CorrelationModel(survey: merged, candidates: ref.predictors))
        Self.check(DriverAnalysis(mode: .survey, model: model, excluded: [], configuration: .init()), ref)
        var t = text[1]
        t.merge(text[0])
        let textModel = try #require(CorrelationModel(text: t, candidates: ref.predictors))
        Self.check(DriverAnalysis(mode: .text, model: textModel, excluded: [], configuration: .init()), ref)
    }

    /// Beyond the exact limit the sampled Shapley estimate stays within a few standard errors of the exact values.
    @Test func sampledShapleyAgreesWithExact() throws {
        let ref = Self.references[0]
        let data = try Self.load(ref)
        let model = try #require(CorrelationModel(names: ref.predictors, rows: data.rows, outcome: data.outcome))
        let exact = ImportanceMethods.shapley(model).values
        let (sampled, se) = ImportanceMethods.shapley(model, exactLimit: 2, permutations: 2000)
        let errors = try #require(se)
        for i in exact.indices {
            #expect(abs(exact[i] - sampled[i]) < 4 * errors[i] + 1e-6)
        }
    }

    /// 17 predictors: beyond the exact limit the analysis samples orders, states its error, and the values still
    /// add up to R² (each order's increments sum to the full R²).
    @Test func largeModelsUseSampledShapleyWithStatedError() throws {
        var rng = SplitMix64(seed: 17)
        let p = 17
        let names = (0..<p).map { "t\($0)" }
        var rows: [[Double]] = [], ys: [Double] = []
        for _ in 0..<300 {
            let x = (0..<p).map { _ in rng.normal() }
            rows.append(x)
            ys.append(2 * x[0] + x[1] + 0.5 * x[2] + rng.normal())
        }
        let model = try #require(CorrelationModel(names: names, rows: rows, outcome: ys))
        var c = DriverConfiguration()
        c.sampledPermutations = 200
        let d = DriverAnalysis(mode: .text, model: model, excluded: [], configuration: c)
        #expect(d.shapleyMethod.hasPrefix("sampled (200 orders, max standard error "))
        #expect(d.weights.allSatisfy { $0.shapleyStandardError != nil })
        #expect(abs(d.weights.reduce(0) { $0 + $1.shapley } - d.rSquared) < 1e-9)
        #expect(d.weights.prefix(3).map(\.touchpoint) == ["t0", "t1", "t2"])
        #expect(abs(d.weights.reduce(0) { $0 + $1.relativeWeight } - d.rSquared) < 1e-9)
    }
}

import Testing
@testable import MTMScoring

struct SentimentEvaluationTests {
    @Test func perfectAgreement() {
        var e = SentimentEvaluation()
        for (g, p) in [(-0.8, -0.7), (0.0, 0.01), (0.6, 0.9), (0.3, 0.2)] { e.add(gold: g, predicted: p) }
        #expect(e.weighted.f1 == 1)
        #expect(e.macro.f1 == 1)
        #expect(e.pearson > 0.9)
        #expect(e.confusion == [[1, 0, 0], [0, 1, 0], [0, 0, 2]])
    }

    @Test func confusionAndWeightedF1() {
        var e = SentimentEvaluation()
        // gold positive ×2 (one predicted neutral), gold negative ×2 (one predicted positive).
        for (g, p) in [(0.5, 0.5), (0.5, 0.0), (-0.5, -0.5), (-0.5, 0.5)] { e.add(gold: g, predicted: p) }
        #expect(e.confusion == [[1, 0, 1], [0, 0, 0], [0, 1, 1]])
        let pos = e.perClass[2]
        #expect(pos.precision == 0.5 && pos.recall == 0.5 && pos.support == 2)
        #expect(abs(e.weighted.f1 - (2.0 / 3.0 * 2 + 0.5 * 2) / 4) < 1e-12)
    }

    @Test func emptyEvaluation() {
        let e = SentimentEvaluation()
        #expect(e.count == 0)
        #expect(e.pearson == 0)
        #expect(e.weighted.f1 == 0)
    }
}

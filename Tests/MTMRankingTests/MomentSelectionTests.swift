import MTMAggregate
import Testing
@testable import MTMRanking

/// `minimum_pain_points`: the reported moments keep room for the worst friction however positive the corpus.
struct MomentSelectionTests {
    static func ranked(top: Int, minimumPainPoints: Int) -> Ranking {
        var partial = Partial()
        for r in SyntheticCorpus.generate(records: 1500, noise: 0.1, seed: 7) { partial.add(r) }
        var drivers = DriverConfiguration()
        drivers.bootstrapResamples = 0
        var configuration = RankingConfiguration.default
        configuration.top = top
        configuration.minimumPainPoints = minimumPainPoints
        return Ranking(partial: partial, configuration: configuration, drivers: drivers)
    }

    @Test func painPointsDisplaceTheLowestNonPainMoments() {
        let plain = Self.ranked(top: 2, minimumPainPoints: 0)
        let kept = Self.ranked(top: 2, minimumPainPoints: 2)
        let eligiblePain = plain.scores.filter { $0.eligible && $0.kind == .painPoint }
        #expect(eligiblePain.count >= 2)
        #expect(kept.moments.count == 2)
        #expect(kept.moments.allSatisfy { $0.score.kind == .painPoint })
        // The two chosen are the best-scoring pain points, in score order.
        #expect(kept.moments.map(\.score.touchpoint) == eligiblePain.prefix(2).map(\.touchpoint))
        #expect(kept.moments.map(\.rank) == [1, 2])
    }

    @Test func zeroKeepsTheTopByScore() {
        let plain = Self.ranked(top: 3, minimumPainPoints: 0)
        #expect(plain.moments.map(\.score.touchpoint) == plain.scores.filter(\.eligible).prefix(3).map(\.touchpoint))
    }

    @Test func noPainPointsToAddLeavesTheSelectionAlone() {
        let ranking = Self.ranked(top: 4, minimumPainPoints: 0)
        let painless = ranking.scores.filter { $0.kind != .painPoint }
        let selected = Ranking.selectMoments(painless, top: 3, minimumPainPoints: 2)
        #expect(selected.map(\.touchpoint) == painless.filter(\.eligible).prefix(3).map(\.touchpoint))
    }

    @Test func shippedConfigurationAsksForTwoPainPoints() throws {
        #expect(RankingConfiguration.default.minimumPainPoints == 2)
        let loaded = try RankingConfiguration.load(yaml: "minimum_pain_points: 0\n")
        #expect(loaded.minimumPainPoints == 0)
    }
}

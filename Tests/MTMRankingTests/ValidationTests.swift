import MTMAggregate
import MTMScoring
import Testing
@testable import MTMRanking

/// The ranking recovers planted moments in synthetic corpora (see `SyntheticCorpus`).
struct ValidationTests {
    /// One trial: did the top 4 contain every planted moment, in the right class, with no decoy above them?
    static func trial(noise: Double, seed: UInt64, records: Int = 1500) -> RecoveryTrial {
        var partial = Partial()
        for r in SyntheticCorpus.generate(records: records, noise: noise, seed: seed) { partial.add(r) }
        var drivers = DriverConfiguration()
        drivers.bootstrapResamples = 0
        return RecoveryTrial(ranking: Ranking(partial: partial, drivers: drivers))
    }

    @Test func lowNoiseRankingFindsPlantedMomentsWithReasons() throws {
        let ranking = Self.trial(noise: 0.1, seed: 7).ranking
        let top = ranking.moments.map(\.score.touchpoint)
        #expect(top.count == 4)
        for id in SyntheticCorpus.plantedPain + SyntheticCorpus.plantedDelight { #expect(top.contains(id), "\(top)") }
        #expect(!top.contains("parking"))
        let billing = try #require(ranking.moments.first { $0.score.touchpoint == "billing" })
        #expect(billing.score.kind == .painPoint)
        #expect(billing.reason.hasPrefix("Billing — "))
        #expect(billing.reason.contains("% negative (±"))
        #expect(billing.reason.contains("stars when mentioned negatively"))
        #expect(billing.reason.contains("end of journey"))
        #expect(billing.quotes.count == 2)
        #expect(billing.quotes.allSatisfy { $0.text.hasPrefix("The billing was") && $0.compound < 0 })
        let staff = try #require(ranking.moments.first { $0.score.touchpoint == "staff" })
        #expect(staff.score.kind == .delight)
        #expect(staff.reason.contains("stars when mentioned positively"))
        #expect(ranking.quadrant.count == SyntheticCorpus.touchpoints.count)
        #expect(ranking.quadrant.first { $0.touchpoint == "billing" }?.quadrant == "fix")
        #expect(ranking.quadrant.first { $0.touchpoint == "staff" }?.quadrant == "protect")
        // Derived importance finds the drivers and gives the decoy almost nothing.
        let drivers = try #require(ranking.drivers)
        #expect(Set(drivers.weights.prefix(3).map(\.touchpoint)) == ["billing", "staff", "wifi"])
        #expect((drivers.weight("room")?.shapley ?? 0) < 0.01)
    }

    /// The source of the recovery table in Docs/ranking.md: 10 corpora of 1 500 records per noise level. Up to
    /// noise 0.5 (rating σ = 0.75 stars, a quarter of mention sentiments replaced at random) at least 8 in 10 must
    /// be recovered; 0.75 and 1.0 are reported, not asserted.
    @Test(arguments: [0.0, 0.25, 0.5, 0.75, 1.0])
    func recoveryUnderNoise(noise: Double) {
        let trials = (0..<10).map { Self.trial(noise: noise, seed: 100 + UInt64($0)) }
        let recovered = trials.filter(\.recovered).count
        let inTop = trials.map { t in (SyntheticCorpus.plantedPain + SyntheticCorpus.plantedDelight).filter(t.top.contains).count }
        print("| \(noise) | \(recovered)/\(trials.count) | \(inTop.reduce(0, +))/\(3 * trials.count) |")
        if noise <= 0.5 { #expect(recovered >= 8, "noise \(noise): recovered \(recovered)/10") }
    }

    @Test func sameInputGivesSameRanking() {
        let a = Self.trial(noise: 0.3, seed: 5).ranking, b = Self.trial(noise: 0.3, seed: 5).ranking
        #expect(a.scores == b.scores)
        #expect(a.moments == b.moments)
    }
}

/// The recovery criteria used by the tests and the docs' table.
struct RecoveryTrial {
    var ranking: Ranking
    var top: [String] { ranking.moments.map(\.score.touchpoint) }
    /// All planted moments in the top 4 (pain points classed as pain points, the delight as a delight) and no
    /// decoy ranked in the top 4.
    var recovered: Bool {
        let kinds = Dictionary(uniqueKeysWithValues: ranking.moments.map { ($0.score.touchpoint, $0.score.kind) })
        return SyntheticCorpus.plantedPain.allSatisfy { kinds[$0] == .painPoint }
            && SyntheticCorpus.plantedDelight.allSatisfy { kinds[$0] == .delight }
            && SyntheticCorpus.decoys.allSatisfy { kinds[$0] == nil }
    }
}

import Foundation
import MTMAggregate
import MTMRecord
import MTMScoring
import Testing
@testable import MTMRanking

struct RankingTests {
    static func partial(_ records: some Sequence<ScoredRecord>) -> Partial {
        var p = Partial()
        for r in records { p.add(r) }
        return p
    }

    static var quick: DriverConfiguration {
        var d = DriverConfiguration()
        d.bootstrapResamples = 20
        return d
    }

    /// Every rendered table (CSV and JSON) is byte-identical whether the corpus ran whole or in random shards
    /// merged in random orders.
    @Test(arguments: [3, 7] as [Int])
    func shardedTablesAreByteIdentical(shards k: Int) {
        let corpus = SyntheticCorpus.generate(records: 600, noise: 0.3, seed: UInt64(k))
        let whole = Ranking(partial: Self.partial(corpus), drivers: Self.quick).namedTables
        var rng = SplitMix64(seed: UInt64(k) * 31)
        var buckets = [[ScoredRecord]](repeating: [], count: k)
        for r in corpus { buckets[Int(rng.next() % UInt64(k))].append(r) }
        var parts = buckets.map { Self.partial($0) }
        parts.shuffle(using: &rng)
        let merged = parts.dropFirst().reduce(parts[0]) { Partial.merged($1, $0) }
        let sharded = Ranking(partial: merged, drivers: Self.quick).namedTables
        #expect(whole.map(\.name) == sharded.map(\.name))
        for (a, b) in zip(whole, sharded) {
            #expect(a.csv == b.csv, "\(a.name).csv differs")
            #expect(a.json == b.json, "\(a.name).json differs")
        }
    }

    @Test func shippedRankingYAMLMatchesTheBuiltInDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons/ranking.yaml")
        let loaded = try RankingConfiguration.load(path: url.path)
        #expect(loaded == .default)
        #expect(abs(loaded.weights.values.reduce(0, +) - 1) < 1e-9)
        let text = try String(contentsOf: url, encoding: .utf8)
        for name in RankingConfiguration.componentNames { #expect(text.contains("  \(name):\n    weight:")) }
        #expect(text.components(separatedBy: "reason:").count - 1 >= RankingConfiguration.componentNames.count)
    }

    @Test(arguments: ["weights: {volume: 1, bogus: 2}", "top: many", "- a list", "colour: red",
                      "weights: [1, 2]", "parameters: {first_stage: {value: x}}"])
    func badConfigurationsNameTheField(_ yaml: String) {
        #expect(throws: RankingError.self) { try RankingConfiguration.load(yaml: yaml, file: "w.yaml") }
        do { _ = try RankingConfiguration.load(yaml: yaml, file: "w.yaml") } catch {
            #expect(error.description.hasPrefix("w.yaml"))
        }
    }

    /// A volume-only configuration ranks by share of records: the decoy `room` comes first (with no room kept
    /// for pain points, so the order is the score's alone).
    @Test func alternateWeightsChangeTheRanking() throws {
        let p = Self.partial(SyntheticCorpus.generate(records: 800, noise: 0.1, seed: 3))
        let volumeOnly = try RankingConfiguration.load(yaml: """
            top: 2
            minimum_pain_points: 0
            weights: {volume: 1, friction: 0, emotional_charge: 0, derived_impact: 0, journey_position: 0,
                      promise_gap: 0, trend: 0}
            """)
        let r = Ranking(partial: p, configuration: volumeOnly, drivers: Self.quick)
        #expect(r.moments.map(\.score.touchpoint) == ["room", "staff"])
        #expect(r.moments[0].score.score == r.moments[0].score.share)
    }

    @Test func emptyPartialRanksNothing() {
        let r = Ranking(partial: Partial())
        #expect(r.moments.isEmpty && r.scores.isEmpty && r.quadrant.isEmpty)
        #expect(r.drivers == nil && r.surveyDrivers == nil)
        #expect(r.namedTables.first { $0.name == "moments" }?.csv.split(separator: "\n").count == 1)
    }

    @Test func smallSampleCannotTopFriction() {
        // 3 of 3 negative vs 60 of 100 negative: the Wilson lower bound puts the larger sample first.
        #expect(Proportion(3, of: 3).lower < Proportion(60, of: 100).lower)
        let p = Proportion(71, of: 100)
        #expect(abs(p.lower - 0.6146) < 1e-3 && abs(p.upper - 0.7892) < 1e-3)
        #expect(Proportion(0, of: 0).value == 0)
    }

    @Test func reasonReadsLikeTheIssueExample() {
        let summary = TouchpointSummary(
            touchpoint: "billing", label: "Billing", stage: "depart", stageIndex: 4, handoff: false, records: 180,
            mentions: 200, share: 0.18, positive: Proportion(20, of: 200), neutral: Proportion(38, of: 200),
            negative: Proportion(142, of: 200), meanCompound: -0.4, netSentiment: -0.61, intensity: 0.5,
            highArousalShare: 0.3, promise: Proportion(0, of: 0), topPhrases: [], positiveQuotes: [],
            negativeQuotes: [])
        let s = TouchpointScore(
            summary: summary,
            components: .init(volume: 0, friction: 0, emotionalCharge: 0, derivedImpact: 0, journeyPosition: 0,
                              promiseGap: 0, trend: 0),
            score: 0, kind: .painPoint, penalty: -1.27, reward: nil, driverShare: nil, trendChange: nil,
            previousPeriod: nil, isFirstStage: false, isLastStage: true, eligible: true)
        #expect(Reason.sentence(s, recordNoun: "reviews", unit: "stars")
            == "Billing — 18% of reviews, 71% negative (±6 pts), −1.3 stars when mentioned negatively, end of journey.")
    }

    @Test func penaltyRewardInStars() throws {
        let r = Ranking(partial: Self.partial(SyntheticCorpus.generate(records: 1000, noise: 0, seed: 11)),
                        drivers: Self.quick)
        let billing = try #require(r.penaltyReward.first { $0.touchpoint == "billing" })
        #expect(try #require(billing.penalty) < -0.5)
        #expect(try #require(billing.reward) > 0.3)
        let room = try #require(r.penaltyReward.first { $0.touchpoint == "room" })
        #expect(abs(try #require(room.penalty)) < 0.3)
    }

    /// Survey mode: touchpoint rating answers drive the outcome, stated importance disagrees on purpose.
    @Test func surveyModeComparesStatedAndDerivedImportance() throws {
        var rng = SplitMix64(seed: 42)
        var p = Partial()
        for i in 0..<300 {
            let a = Double(1 + Int(rng.next() % 5)), b = Double(1 + Int(rng.next() % 5)), c = Double(1 + Int(rng.next() % 5))
            let y = min(10, max(0, (0.3 * a + 1.5 * b + 0.1 * c - 2 + rng.normal()).rounded()))
            let rec = FeedbackRecord(id: "s\(i)", source: "survey.csv", text: "", rating: y, ratingScale: .zeroToTen,
                                     touchpointRatings: [.init(touchpoint: "delivery", value: a),
                                                         .init(touchpoint: "support", value: b),
                                                         .init(touchpoint: "price", value: c)],
                                     statedImportance: [.init(touchpoint: "delivery", value: 9),
                                                        .init(touchpoint: "support", value: 5),
                                                        .init(touchpoint: "price", value: 7)])
            p.add(ScoredRecord(record: rec, sentiment: .neutral))
        }
        let r = Ranking(partial: p, drivers: Self.quick)
        let d = try #require(r.surveyDrivers)
        #expect(d.weights.first?.touchpoint == "support")
        #expect(d.n == 300)
        #expect(r.importance.map(\.touchpoint) == ["delivery", "price", "support"])
        #expect(r.importance.first { $0.touchpoint == "support" }?.derivedRank == 1)
        #expect(r.namedTables.contains { $0.name == "importance" })
    }
}

struct HighArousalTests {
    @Test func categoriesTSVHighRowsAreRead() throws {
        let tsv = "# comment\nemotion\tarousal\tpolarity\nanger\thigh\tnegative\ntrust\tlow\tpositive\r\njoy\thigh\tpositive\n"
        #expect(try RankingConfiguration.highArousal(categoriesTSV: tsv, file: "c.tsv") == ["anger", "joy"])
        #expect(try RankingConfiguration.highArousal(categoriesTSV: "", file: "c.tsv").isEmpty)
        #expect(throws: RankingError.self) {
            try RankingConfiguration.highArousal(categoriesTSV: "name\tlevel\nanger\thigh\n", file: "c.tsv")
        }
    }

    /// The high-arousal share follows the set passed in.
    @Test func highArousalShareFollowsTheSet() throws {
        var p = Partial()
        for r in SyntheticCorpus.generate(records: 200, noise: 0, seed: 1) { p.add(r) }
        let anger = RunTables(partial: p, highArousal: ["anger"]).overall.touchpoints.first { $0.touchpoint == "billing" }!
        let none = RunTables(partial: p, highArousal: []).overall.touchpoints.first { $0.touchpoint == "billing" }!
        #expect(anger.highArousalShare > 0.2 && none.highArousalShare == 0)
    }
}

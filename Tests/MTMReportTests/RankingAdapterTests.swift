import MTMAggregate
import MTMRanking
import MTMScoring
import Testing
@testable import MTMReport

/// The adapter from the ranking stage's results, on the ranking's synthetic hotel corpus with planted moments.
@Suite struct RankingAdapterTests {
    static let ranking: Ranking = {
        var partial = Partial()
        for record in SyntheticCorpus.generate(records: 1_500, noise: 0.2, seed: 7) { partial.add(record) }
        return Ranking(partial: partial)
    }()

    static let stageLabels = ["booking": "Booking", "stay": "The stay", "departure": "Departure"]

    static let document = ReportDocument(ranking: ranking, stageLabels: stageLabels, title: "Hotel",
                                         generator: "mtm test", inputs: ["synthetic"], taxonomy: "hospitality",
                                         counts: .init(read: 1_500, scored: 1_500))

    @Test func momentsFollowTheRanking() {
        let doc = Self.document
        #expect(doc.moments.count == Self.ranking.moments.count)
        #expect(!doc.moments.isEmpty)
        for (m, r) in zip(doc.moments, Self.ranking.moments) {
            #expect(m.rank == r.rank)
            #expect(m.touchpoint == r.score.touchpoint)
            #expect(m.momentClass == r.score.kind.rawValue)
            #expect(m.reason == r.reason)
            #expect(m.score == r.score.score)
            #expect(m.quotes.map(\.text) == r.quotes.map(\.text))
            #expect(m.components.map(\.name) == r.score.components.named.map(\.name))
            let weighted = m.components.reduce(0) { $0 + $1.value * $1.weight }
            #expect(abs(weighted - m.score) < 1e-9, "components times weights make the score")
        }
    }

    @Test func plantedPainPointIsAPainPointCard() {
        let billing = Self.document.moments.first { $0.touchpoint == "billing" }
        #expect(billing?.momentClass == "pain point")
        #expect(Tone(momentClass: billing?.momentClass ?? "", compound: 0) == .negative)
    }

    @Test func tablesCoverEveryTouchpointAndStage() {
        let doc = Self.document
        let overall = Self.ranking.tables.overall
        #expect(Set(doc.touchpoints.map(\.touchpoint)) == Set(overall.touchpoints.map(\.touchpoint)))
        #expect(zip(doc.touchpoints, doc.touchpoints.dropFirst()).allSatisfy { $0.mentions >= $1.mentions })
        #expect(doc.stages.map(\.stage) == overall.journey.map(\.stage))
        for stage in doc.stages { #expect(stage.label == (Self.stageLabels[stage.stage] ?? stage.stage)) }
        #expect(doc.quadrant.count == Self.ranking.quadrant.count)
        #expect(doc.quadrantCut?.performance == 0)
    }

    @Test func driversCarryTheMethod() {
        let doc = Self.document
        #expect(!doc.drivers.isEmpty)
        #expect(doc.drivers.allSatisfy { $0.method.contains("Shapley") || $0.method == "rating gap" })
    }

    @Test func adaptedDocumentRendersEverywhere() throws {
        let doc = Self.document
        let html = HTMLReport(doc).html
        #expect(!html.contains("nan") && !html.contains("inf\""))
        #expect(html.contains("<section id=\"quadrant\">"))
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("r")
        let written = try ReportWriter().write(doc, to: out.path)
        #expect(written.files.contains("mtm.xlsx"))
        #expect(doc.summaryJSON.contains("\"quadrant_cut\":{"))
    }

    @Test(arguments: [("segment:department=Dresses", "department", "Dresses"), ("segment:a=b=c", "a", "b=c")])
    func parsesSegmentScopes(_ scope: String, _ name: String, _ value: String) {
        let parsed = ReportDocument.segment(scope)
        #expect(parsed?.0 == name && parsed?.1 == value)
        #expect(ReportDocument.segment("period:2024-03") == nil)
        #expect(ReportDocument.scopeValue("period:2024-03") == "2024-03")
    }
}

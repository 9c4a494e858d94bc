import MTMLexicon
import MTMText
import Testing
@testable import MTMScoring

/// A hand-built clause scorer for these tests only: a few words with valences, summed and squashed like VADER's
/// compound. It lets the attribution rules be tested without the sentiment engine.
struct WordListScorer: ClauseScoring {
    static let valence: [String: Double] = ["great": 3, "lovely": 3, "amazing": 3, "friendly": 2, "clean": 2,
                                            "slow": -2, "rude": -3, "terrible": -3, "dirty": -2, "broken": -2,
                                            "support": 2, "comfortable": 2]
    func scoreClause(_ tokens: ArraySlice<Token>, in text: AnalyzedText) -> ClauseScore {
        let sum = tokens.reduce(0.0) { $0 + (Self.valence[$1.norm] ?? 0) }
        return ClauseScore(compound: sum / (sum * sum + 15).squareRoot(), emotions: sum < 0 ? ["anger": -sum] : [:])
    }
}

@Suite struct TouchpointTaggerTests {
    let analyzer = try! TextAnalyzer()

    static let taxonomy = Taxonomy(name: "test", stages: [JourneyStage(id: "arrival", label: "Arrival"),
                                                          JourneyStage(id: "stay", label: "Stay")], touchpoints: [
        TouchpointDefinition(id: "food", label: "Food", stage: "stay", phrases: ["food", "breakfast"]),
        TouchpointDefinition(id: "service", label: "Service", stage: "stay", phrases: ["service", "staff"], handoff: true),
        TouchpointDefinition(id: "room", label: "Room", stage: "stay", phrases: ["room"]),
        TouchpointDefinition(id: "support", label: "Support", stage: "stay", phrases: ["support"]),
        TouchpointDefinition(id: "comfort", label: "Comfort", stage: "stay", phrases: ["comfortable"]),
        TouchpointDefinition(id: "check-in", label: "Check-in", stage: "arrival", phrases: ["check in"],
                             promise: ["early check in"]),
    ])

    func mentions(_ text: String, scorer: (any ClauseScoring)? = WordListScorer()) -> [Mention] {
        TouchpointTagger(taxonomy: Self.taxonomy).mentions(in: analyzer.analyze(text), scorer: scorer)
    }

    func polarity(_ text: String) -> [String: SentimentLabel] {
        Dictionary(mentions(text).map { ($0.touchpoint, $0.label3) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [
        "The food was great but the service was slow.",
        "The food was great, however the service was slow.",
        "The food was great; the service was slow.",
        "Although the food was great, the service was slow.",
        "The food was great whereas the service was slow.",
        "The food was great, yet the service was slow.",
        "The food was great and the service was slow.",
    ])
    func contrastiveClausesGetTheirOwnSentiment(text: String) {
        #expect(polarity(text) == ["food": .positive, "service": .negative], "\(text)")
    }

    @Test func mentionsWithoutTheirOwnSentimentTakeTheClauses() {
        #expect(polarity("The food and service were great.") == ["food": .positive, "service": .positive])
        #expect(polarity("The food and the room, all terrible.") == ["food": .negative, "room": .negative])
    }

    @Test func touchpointNamesDoNotColourTheirOwnClause() {
        #expect(polarity("The support was slow") == ["support": .negative])
        #expect(polarity("I called the support on Monday") == ["support": .neutral])
        #expect(polarity("Very comfortable") == ["comfort": .positive])
        let unmasked = TouchpointTagger(taxonomy: Self.taxonomy, maskMentionWords: false)
            .mentions(in: analyzer.analyze("I called the support on Monday"), scorer: WordListScorer())
        #expect(unmasked.first?.label3 == .positive)
    }

    @Test func aSingleMentionTakesItsWindowFirst() {
        #expect(polarity("Great stay, rude staff") == ["service": .negative])
    }

    @Test func aMentionWithNoSentimentInItsClauseIsNeutral() {
        #expect(polarity("The room was on the third floor but the staff were rude.") == ["room": .neutral, "service": .negative])
    }

    @Test func evidenceIsTheClauseOrWindow() throws {
        let text = "The food was great but the service was slow."
        let analyzed = analyzer.analyze(text)
        let found = TouchpointTagger(taxonomy: Self.taxonomy).mentions(in: analyzed, scorer: WordListScorer())
        let food = try #require(found.first { $0.touchpoint == "food" })
        let service = try #require(found.first { $0.touchpoint == "service" })
        #expect(analyzed.source(food.utf8Range) == "food")
        #expect(analyzed.source(food.clauseRange) == "The food was great")
        #expect(analyzed.source(service.clauseRange) == "but the service was slow.")
        #expect(service.handoff)
        #expect(service.emotions["anger"] == 2)
        #expect(food.stage == "stay" && food.stageIndex == 1)
    }

    @Test func mentionCarriesTaxonomyFields() throws {
        let m = try #require(mentions("Check-in was lovely").first)
        #expect(m.touchpoint == "check-in" && m.label == "Check-in" && m.stage == "arrival" && m.stageIndex == 0)
        #expect(m.phrase == "check in")
        #expect(!m.handoff && !m.negated && !m.promise)
        #expect(m.compound > 0)
    }

    @Test(arguments: [("No problem with the room at all", true), ("Never saw any staff", true),
                      ("If the breakfast were better", true), ("I wish the room had a view", true),
                      ("The room was not clean", false), ("Great room", false)])
    func negatedAndHypotheticalMentionsAreFlagged(text: String, negated: Bool) throws {
        let m = try #require(mentions(text).first)
        #expect(m.negated == negated, "\(text)")
    }

    @Test(arguments: ["If the food worked it would be great", "If the room were clean it would be lovely",
                      "I wish the staff were friendly", "If they had fixed the room we could have had a great stay"])
    func imaginedPraiseInACounterfactualIsAComplaint(text: String) {
        #expect(polarity(text).values.allSatisfy { $0 == .negative }, "\(text)")
        #expect(!polarity(text).isEmpty)
    }

    @Test func realFeelingInACounterfactualIsKept() {
        #expect(polarity("If the room were bigger we would not have had a terrible night") == ["room": .negative])
    }

    @Test(arguments: [("If you need anything the staff will be friendly", SentimentLabel.positive),
                      ("The room was clean if you asked", .positive), ("If the food is great I would come back", .positive)])
    func realConditionsKeepTheirSentiment(text: String, label: SentimentLabel) {
        #expect(polarity(text).values.allSatisfy { $0 == label }, "\(text)")
    }

    @Test(arguments: [("If the wifi worked it would be perfect", true), ("I wish the app worked", true),
                      ("If you need help ask the staff", false), ("The staff helped if asked", false),
                      ("", false)])
    func counterfactualNeedsABackshiftedCondition(text: String, expected: Bool) {
        let tokens = analyzer.analyze(text).sentences.first?.tokens ?? []
        #expect(MentionContext.isCounterfactual(tokens, clause: tokens.indices) == expected, "\(text)")
    }

    @Test func promiseIsSetByAPromisePhraseInTheClause() {
        let found = mentions("They promised early check-in but the room was not ready")
        #expect(found.map(\.touchpoint) == ["check-in", "room"])
        #expect(found.map(\.promise) == [true, false])
    }

    @Test func withoutAScorerMentionsAreFoundButNeutral() {
        let found = mentions("The food was great but the service was slow.", scorer: nil)
        #expect(found.map(\.touchpoint) == ["food", "service"])
        #expect(found.allSatisfy { $0.compound == 0 })
    }

    @Test func sentencesAreIndependent() {
        #expect(polarity("The food was great. The room was dirty.") == ["food": .positive, "room": .negative])
    }

    @Test(arguments: ["", "   ", "!!!", "😀😀", "but but however ; ;"])
    func emptyInputHasNoMentions(text: String) {
        #expect(mentions(text).isEmpty)
    }

    @Test func randomTextKeepsRangesInsideTheText() {
        var generator = SystemRandomNumberGenerator()
        let words = ["food", "but", "great", "slow", ",", ";", "and", "the", "room", "service", "é", "😀", "check-in", "."]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: " ")
            for m in mentions(text) {
                #expect(m.utf8Range.upperBound <= text.utf8.count)
                #expect(m.clauseRange.lowerBound <= m.utf8Range.lowerBound || m.clauseRange.upperBound >= m.utf8Range.upperBound)
            }
        }
    }

    @Test func aWordAfterTerminalPunctuationOpensAClause() {
        let tokens = analyzer.analyze("the food was great. i think the room was dirty!! ok").tokens
        let clauses = ClauseSplitter.clauses(tokens)
        #expect(clauses.count == 3)
        #expect(clauses.map { tokens[$0].first?.norm } == ["the", "i", "ok"])
    }

    @Test func clauseSplitterCoversEveryToken() {
        let tokens = analyzer.analyze("Good food but slow service, although the room was fine though").sentences[0].tokens
        let clauses = ClauseSplitter.clauses(tokens)
        #expect(clauses.first?.lowerBound == 0 && clauses.last?.upperBound == tokens.count)
        #expect(zip(clauses, clauses.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(clauses.count == 3)  // "though" at the end joins the clause before
    }
}

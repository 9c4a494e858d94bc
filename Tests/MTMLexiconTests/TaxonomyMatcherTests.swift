import MTMText
import Testing
@testable import MTMLexicon

/// Each matcher rule on hand-built taxonomies.
@Suite struct TaxonomyMatcherTests {
    let analyzer = try! TextAnalyzer()

    static let taxonomy = Taxonomy(name: "test", stages: [JourneyStage(id: "stay", label: "Stay")], touchpoints: [
        TouchpointDefinition(id: "check-in", label: "Check-in", stage: "stay", phrases: ["check in", "front desk"]),
        TouchpointDefinition(id: "service", label: "Service", stage: "stay", phrases: ["service", "customer service", "support"],
                             exclude: ["lumbar support", "support bra"]),
        TouchpointDefinition(id: "room", label: "Room", stage: "stay", phrases: ["room", "room service menu"]),
        TouchpointDefinition(id: "refund", label: "Refund", stage: "stay", phrases: ["refund*"], promise: ["money back guarantee"]),
        TouchpointDefinition(id: "delivery", label: "Delivery", stage: "stay", phrases: ["delivery", "delivery fast"]),
        TouchpointDefinition(id: "wifi", label: "Wifi", stage: "stay", phrases: ["wifi"]),
        TouchpointDefinition(id: "lumbar", label: "Back comfort", stage: "stay", phrases: ["lumbar"]),
    ])

    /// (touchpoint id, matched original text) of each match.
    func tag(_ text: String, _ taxonomy: Taxonomy = Self.taxonomy) -> [(String, String)] {
        let matcher = PhraseMatcher(taxonomy: taxonomy)
        let analyzed = analyzer.analyze(text)
        return analyzed.sentences.flatMap { sentence in
            matcher.matches(sentence.tokens).map { (taxonomy.touchpoints[$0.target].id, String(analyzed.source($0.utf8Range))) }
        }
    }

    func ids(_ text: String) -> [String] { tag(text).map(\.0) }

    @Test(arguments: ["The check in was slow", "The check-in was slow", "The checkin was slow", "#checkin fail",
                      "#CheckIn fail", "CHECK IN was slow", "The check‑in was slow"])
    func compoundsMatchInEverySpelling(text: String) {
        #expect(ids(text) == ["check-in"], "\(text)")
    }

    @Test func twoWordsMatchAOneWordPhrase() {
        #expect(ids("the wi fi dropped") == ["wifi"])
        #expect(ids("the wi-fi dropped") == ["wifi"])
        #expect(ids("#WiFi") == ["wifi"])
    }

    @Test func caseApostrophesAndInflectionsAreIgnored() {
        #expect(ids("DELIVERIES were late") == ["delivery"])
        #expect(ids("the front desks") == ["check-in"])
        #expect(ids("the room's view") == ["room"])
        #expect(ids("Rooms were fine") == ["room"])
    }

    @Test func longestMatchWins() {
        #expect(tag("great customer service") .map(\.1) == ["customer service"])
        #expect(ids("the room service menu was short") == ["room"])
        #expect(tag("the room service menu").map(\.1) == ["room service menu"])
        #expect(ids("the room and the service") == ["room", "service"])
    }

    @Test func prefixPatternsMatchWordsThatStartWithThem() {
        #expect(tag("still no refund, refunds are slow, refunded at last").map(\.1) == ["refund", "refunds", "refunded"])
        #expect(ids("they refused") == [])
    }

    @Test func promisePhrasesMatchAsTheirTouchpoint() {
        let matcher = PhraseMatcher(taxonomy: Self.taxonomy)
        let tokens = analyzer.analyze("so much for the money back guarantee").sentences[0].tokens
        let matches = matcher.matches(tokens)
        #expect(matches.count == 1)
        #expect(matches.first?.promise == true)
        #expect(Self.taxonomy.touchpoints[matches[0].target].id == "refund")
    }

    @Test func excludeContextsVetoOnlyTheirTouchpoint() {
        #expect(ids("great lumbar support in the chair") == ["lumbar"])
        #expect(ids("a comfy support bra") == [])
        #expect(ids("customer support was great") == ["service"])
        #expect(ids("support was great") == ["service"])
    }

    @Test func punctuationEndsAPhrase() {
        #expect(tag("delivery, fast as promised").map(\.1) == ["delivery"])
        #expect(tag("delivery fast as promised").map(\.1) == ["delivery fast"])
    }

    @Test func negatedAndHypotheticalMentionsAreStillMentions() {
        #expect(ids("no problem with the delivery") == ["delivery"])
        #expect(ids("if the wifi worked") == ["wifi"])
    }

    @Test func offsetsPointIntoTheOriginalText() {
        let text = "Très bien: the CHECK‑IN désk 😀 and the Front Desk"
        let analyzed = analyzer.analyze(text)
        let matcher = PhraseMatcher(taxonomy: Self.taxonomy)
        let matches = analyzed.sentences.flatMap { matcher.matches($0.tokens) }
        #expect(matches.map { String(analyzed.source($0.utf8Range)) } == ["CHECK‑IN", "Front Desk"])
    }

    @Test func emptyAndRandomInputGiveNoCrash() {
        #expect(tag("").isEmpty)
        #expect(tag("   \n ").isEmpty)
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("check in-#refund room,.!? 😀é'")
        for _ in 0..<200 {
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            for (_, source) in tag(text) { #expect(!source.isEmpty) }
        }
    }

    @Test func costDoesNotDependOnTaxonomySize() {
        // 10,000 synthetic phrases sharing prefixes with the text: the matcher still finds exactly the real one.
        var touchpoints = Self.taxonomy.touchpoints
        for n in 0..<10_000 {
            touchpoints.append(TouchpointDefinition(id: "synthetic-\(n)", label: "S", stage: "stay",
                                                    phrases: ["check in desk \(n)", "room \(n) view"]))
        }
        let big = Taxonomy(name: "big", stages: Self.taxonomy.stages, touchpoints: touchpoints)
        #expect(tag("the check in desk was slow, room view nice", big).map(\.0) == ["check-in", "room"])
        #expect(tag("check in desk 9999 and room 17 view", big).map(\.0) == ["synthetic-9999", "synthetic-17"])
    }
}

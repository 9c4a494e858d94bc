import Foundation
import Testing
@testable import MTMLexicon

@Suite struct TaxonomyLoaderTests {
    static let valid = """
    name: demo
    stages: [Booking, Stay]
    touchpoints:
      - id: booking
        label: Booking
        stage: booking
        phrases: [reservation, book*]
      - id: room
        label: Room
        stage: stay
        handoff: true
        phrases: [room, bed]
        exclude: [dining room]
        promise: [sea view]
      - id: bed
        label: Bed
        stage: stay
        parent: room
        phrases: [mattress]
    """

    func check(_ yaml: String) -> (Taxonomy?, [TaxonomyIssue]) {
        TaxonomyLoader.parse(yaml: yaml, path: "demo.yaml", defaultName: "demo")
    }

    func errors(_ yaml: String) -> [TaxonomyIssue] {
        check(yaml).1.filter { $0.severity == .error }
    }

    @Test func validFileLoads() throws {
        let (taxonomy, issues) = check(Self.valid)
        #expect(issues.isEmpty)
        let t = try #require(taxonomy)
        #expect(t.stages.map(\.id) == ["booking", "stay"])
        #expect(t.touchpoints.map(\.id) == ["booking", "room", "bed"])
        #expect(t.touchpoint("room")?.handoff == true)
        #expect(t.touchpoint("room")?.exclude == ["dining room"])
        #expect(t.touchpoint("room")?.promise == ["sea view"])
        #expect(t.touchpoint("bed")?.parent == "room")
        #expect(t.stageIndex("stay") == 1)
    }

    @Test func unknownKeyIsAnErrorWithItsLine() throws {
        let yaml = Self.valid.replacingOccurrences(of: "    handoff: true", with: "    hand-off: true")
        let issue = try #require(errors(yaml).first)
        #expect(issue.line == 11)
        #expect(issue.message.contains("unknown touchpoint key `hand-off`"))
        #expect(issue.description.hasPrefix("demo.yaml:11: error:"))
        #expect(issue.hint.contains("handoff"))
    }

    @Test func unknownTopLevelKey() {
        #expect(errors(Self.valid + "\ncolour: red\n").first?.message == "unknown key `colour`")
    }

    @Test func duplicatePhraseAcrossTouchpointsNamesBothLines() throws {
        let yaml = Self.valid.replacingOccurrences(of: "phrases: [mattress]", with: "phrases: [mattress, beds]")
        let issue = try #require(errors(yaml).first)
        #expect(issue.line == 19)
        #expect(issue.message.contains("also a phrase of `room` (line 12)"))
    }

    @Test func closedCompoundCountsAsDuplicate() {
        let yaml = Self.valid.replacingOccurrences(of: "phrases: [mattress]", with: "phrases: [mattress, dining room]")
            .replacingOccurrences(of: "phrases: [room, bed]", with: "phrases: [room, bed, diningroom]")
        #expect(errors(yaml).contains { $0.message.contains("diningroom") || $0.message.contains("dining room") })
    }

    @Test func unknownStage() throws {
        let yaml = Self.valid.replacingOccurrences(of: "stage: stay\n    handoff", with: "stage: sleep\n    handoff")
        let issue = try #require(errors(yaml).first)
        #expect(issue.line == 10)
        #expect(issue.message.contains("unknown stage `sleep`"))
        #expect(issue.hint.contains("booking, stay"))
    }

    @Test func emptyPhraseList() throws {
        let yaml = Self.valid.replacingOccurrences(of: "phrases: [mattress]", with: "phrases: []")
        let issue = try #require(errors(yaml).first)
        #expect(issue.message.contains("has no phrases"))
        #expect(issue.line == 19)
    }

    @Test(arguments: [("parent: room", "parent: nowhere", "unknown parent `nowhere`"),
                      ("parent: room", "parent: bed", "is its own parent")])
    func badParents(old: String, new: String, message: String) {
        let yaml = Self.valid.replacingOccurrences(of: old, with: new)
        #expect(errors(yaml).contains { $0.message.contains(message) && $0.line == 18 })
    }

    @Test func threeLevelsAreAnError() {
        let yaml = Self.valid + """

          - id: pillow
            label: Pillow
            stage: stay
            parent: bed
            phrases: [pillow]
        """
        #expect(errors(yaml).contains { $0.message.contains("has a parent itself") })
    }

    @Test func excludeEqualToOwnPhraseIsAnError() {
        let yaml = Self.valid.replacingOccurrences(of: "exclude: [dining room]", with: "exclude: [rooms]")
        #expect(errors(yaml).contains { $0.message.contains("would veto every match") })
    }

    @Test func misplacedStarIsAnError() {
        let yaml = Self.valid.replacingOccurrences(of: "book*", with: "bo*ok")
        #expect(errors(yaml).contains { $0.message.contains("not usable") })
    }

    @Test func repeatedInflectionIsAWarningOnly() {
        let yaml = Self.valid.replacingOccurrences(of: "phrases: [room, bed]", with: "phrases: [room, bed, rooms]")
        let issues = check(yaml).1
        #expect(issues.count == 1)
        #expect(issues.first?.severity == .warning)
    }

    @Test func yamlSyntaxErrorHasALine() throws {
        let issue = try #require(errors("stages: [a, b\ntouchpoints:\n  - id: x\n").first)
        #expect(issue.message.hasPrefix("YAML syntax"))
        #expect(issue.line != nil)
    }

    @Test(arguments: ["", "just text", "stages: []\ntouchpoints: []", "- a\n- b"])
    func emptyOrWrongShapedFilesAreErrors(yaml: String) {
        #expect(!errors(yaml).isEmpty)
    }

    @Test func loadThrowsTheFirstError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-taxonomy-\(UUID().uuidString).yaml")
        try Self.valid.replacingOccurrences(of: "phrases: [mattress]", with: "phrases: []").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: LexiconError.self) { try TaxonomyLoader.load(path: url.path) }
    }

    static let shippedDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lexicons/touchpoints")

    @Test func shippedTaxonomiesAreCleanAndLargeEnough() throws {
        let catalog = TaxonomyCatalog(directory: Self.shippedDirectory)
        let names = catalog.names()
        #expect(Set(["lifecycle", "ecommerce", "saas", "healthcare", "banking", "telecom", "hospitality", "airline", "fitness"])
            .isSubset(of: Set(names)))
        for name in names {
            let (taxonomy, issues) = TaxonomyLoader.check(path: try catalog.path(of: name))
            #expect(issues.isEmpty, "\(name): \(issues)")
            let t = try #require(taxonomy)
            #expect(t.touchpoints.count >= 12, "\(name)")
            for touchpoint in t.touchpoints { #expect(t.stageIndex(touchpoint.stage) != nil) }
        }
        #expect(try catalog.load("lifecycle").stages.map(\.label) == ["Awareness", "Knowledge", "Consideration", "Selection",
                                                                       "Purchase", "Satisfaction", "Retention", "Advocacy"])
    }

    @Test func catalogResolvesNamesAndPathsAndExplainsUnknownNames() throws {
        let catalog = TaxonomyCatalog(directory: Self.shippedDirectory)
        let path = try catalog.path(of: "hospitality")
        #expect(path.hasSuffix("touchpoints/hospitality.yaml"))
        #expect(try catalog.path(of: path) == path)
        #expect(throws: LexiconError.self) { try catalog.path(of: "hospitalty") }
        do { _ = try catalog.path(of: "hospitalty") } catch { #expect(error.description.contains("hospitality")) }
    }
}

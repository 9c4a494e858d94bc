@testable import MTMText
import Testing

@Suite struct ScriptCodeTests {
    @Test(arguments: ["Latn", "Zyyy", "Zzzz"])
    func namedScriptsMatchTheirCodes(_ name: String) {
        let named: [String: Script] = ["Latn": .latin, "Zyyy": .common, "Zzzz": .unknown]
        #expect(named[name] == Script(name))
        #expect(named[name]?.name == name)
    }

    @Test func shortAndLongNamesRoundTripTheirFirstFourLetters() {
        #expect(Script("Ab").name == "Ab")
        #expect(Script("Hangul").name == "Hang")
        #expect(Script("") == Script(""))
        #expect(Script("Hani") != Script("Hira"))
    }
}

import Testing
@testable import MTMReport

@Suite struct SheetNameTests {
    @Test(arguments: [
        ("Moments", "Moments"),
        ("a/b\\c[d]e:f*g?h", "a b c d e f g h"),
        ("'quoted'", "quoted"),
        ("", "Sheet"),
        ("   ", "Sheet"),
        ("History", "History 1"),
        ("tab\there\u{0}", "tab here"),
        ("An extremely long table title that goes on and on", "An extremely long table title t"),
    ])
    func sanitises(_ title: String, _ expected: String) {
        #expect(SheetName.sanitized(title) == expected)
    }

    @Test func namesAreUniqueIgnoringCaseAndWithinLimit() {
        let long = String(repeating: "x", count: 40)
        let names = SheetName.unique(["Data", "data", "DATA", long, long, "a:b", "a/b"])
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.isEmpty })
        #expect(names[1] == "data (2)")
        #expect(names[4].hasSuffix(" (2)"))
        #expect(names[6] == "a b (2)")
    }

    @Test func randomTitlesGiveValidNames() {
        let alphabet = Array("ab[]:*?/\\'  😀éHistory\t")
        var titles: [String] = []
        for _ in 0..<300 {
            titles.append(String((0..<Int.random(in: 0...40)).map { _ in alphabet.randomElement()! }))
        }
        let names = SheetName.unique(titles)
        #expect(Set(names.map { $0.lowercased() }).count == titles.count)
        for name in names {
            #expect(name.utf16.count <= SheetName.maxLength)
            #expect(!name.contains { SheetName.forbidden.contains($0) })
            #expect(!name.hasPrefix("'") && !name.hasSuffix("'"))
            #expect(name.lowercased() != "history")
        }
    }
}

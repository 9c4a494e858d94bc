import Testing
@testable import MTMScoring

/// `equalsASCII` against `String ==`, including strings canonically equal to an ASCII literal but spelled otherwise.
@Suite struct StringASCIIEqualityTests {
    static let pieces = ["t", "o", "to", ";", "-", ",", ".", "\u{037E}", "\u{0301}", "é", "e\u{0301}", "T", "\u{212A}",
                         " ", "'", "ö", "😀", "\r\n", ""]

    @Test(arguments: ["to", "-", ";", "k"] as [StaticString])
    func agreesWithStringEquality(literal: StaticString) {
        let expected = literal.description
        var random = SystemRandomNumberGenerator()
        var samples = Self.pieces + [expected, expected + "\u{0301}", "\u{037E}", "K", "\u{212A}"]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...3, using: &random)
            samples.append((0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined())
        }
        for sample in samples {
            #expect(sample.equalsASCII(literal) == (sample == expected), "\(sample.unicodeScalars.map(\.value))")
        }
    }

    @Test func greekQuestionMarkIsASemicolon() {
        #expect("\u{037E}".equalsASCII(";"))
        #expect(!"\u{037E}x".equalsASCII(";"))
    }
}

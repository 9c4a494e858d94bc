import Foundation
import MTMText
import Testing

/// Foundation on Linux carries its own ICU under renamed symbols; `MTMText` links the system ICU beside it
/// (README, "Building: ICU beside Foundation"). This test calls both in one process. CI runs it from a fresh clone,
/// so it is also the clean-build proof that the two link together.
@Suite struct FoundationBesideICUTests {
    @Test func foundationsICUAndTheSystemICUWorkInOneProcess() throws {
        // Foundation's ICU: locale-aware number formatting and Turkish case mapping.
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "de_DE")
        formatter.numberStyle = .decimal
        #expect(formatter.string(from: 1234.5) == "1.234,5")
        #expect("ISTANBUL".lowercased(with: Locale(identifier: "tr_TR")) == "ıstanbul")

        // The system ICU through MTMText: word breaks and NFKC case-fold of text Foundation just handled.
        let text = "Der Preis: \(formatter.string(from: 1234.5)!) Euro. Straße in İzmir!"
        let analyzed = try TextAnalyzer().analyze(text)
        #expect(analyzed.sentences.count == 2)
        #expect(analyzed.tokens.map(\.norm).contains("strasse"))
        #expect(analyzed.tokens.contains { $0.kind == .number && analyzed.source($0.utf8Range) == "1.234,5" })

        // And Foundation again after ICU work: neither library's state broke the other's.
        #expect(formatter.string(from: 0.5) == "0,5")
    }
}

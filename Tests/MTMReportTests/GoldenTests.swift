import Testing
@testable import MTMReport

/// The CSV and JSON outputs of the hand-built document, byte for byte (`MTM_UPDATE_GOLDEN=1` rewrites them).
@Suite struct GoldenTests {
    @Test(arguments: SampleDocument.document.tables.map(\.name))
    func csvMatchesGolden(_ name: String) throws {
        let table = SampleDocument.document.tables.first { $0.name == name }!
        try TestSupport.expectGolden(try CSVWriter().csv(table), "\(name).csv")
    }

    @Test func summaryJSONMatchesGolden() throws {
        try TestSupport.expectGolden(SampleDocument.document.summaryJSON, "summary.json")
    }
}

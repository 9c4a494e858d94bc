import Foundation
import MTMLexicon
import MTMText
@testable import MTMScoring

/// Paths and shared lexicons for the sentiment tests.
enum SentimentTestSupport {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let lexicons = repoRoot.appendingPathComponent("Lexicons")
    static let groundTruth = repoRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/vader_icwsm2014/ground_truth")
    static var hasGroundTruth: Bool { FileManager.default.fileExists(atPath: groundTruth.path) }

    static let vaderLexicon: ValenceLexicon = { try! ValenceLexicon.loadVader(directory: lexicons).0 }()
    static let mtmLexicon: ValenceLexicon = { try! ValenceLexicon.load(directory: lexicons).0 }()
    static let vader = VaderModel(lexicon: vaderLexicon)
    static let analyzer: SentimentAnalyzer = SentimentAnalyzer(lexicon: mtmLexicon)

    /// The default model's compound for one text (its own ICU analyzer per call: tests run in parallel).
    static func compound(_ text: String) -> Double {
        score(text).compound
    }

    static func score(_ text: String) -> SentimentScore {
        let analyzed = try! TextAnalyzer().analyze(text)
        return analyzer.score(analyzed).record
    }

    /// (id, text) rows of a ground-truth file, as Scripts/make-vader-fixture.py reads them.
    static func groundTruthRows(_ corpus: String) throws -> [(id: String, mean: Double, text: String)] {
        let data = try String(contentsOf: groundTruth.appendingPathComponent(corpus + "_GroundTruth.txt"), encoding: .utf8)
        var rows: [(String, Double, String)] = []
        for var scalars in data.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            if scalars.last == "\r" { scalars = scalars.dropLast() }
            let line = Substring(scalars)
            if line.isEmpty { continue }
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            rows.append((String(parts[0]), Double(parts[1]) ?? 0, String(parts[2])))
        }
        return rows
    }
}

import Foundation
import Testing
@testable import MTMScoring

/// `--model vader` reproduces vaderSentiment 3.3.2's compound (fixture made by Scripts/make-vader-fixture.py).
struct SentimentVaderCompatTests {
    static let corpora = ["tweets", "movieReviewSnippets", "amazonReviewSnippets", "nytEditorialSnippets"]

    static func fixture() throws -> [String: [String: Double]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/vader-compat.tsv")
        var table: [String: [String: Double]] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count == 3, let value = Double(f[2]) else { continue }
            table[String(f[0]), default: [:]][String(f[1])] = value
        }
        return table
    }

    @Test(.enabled(if: SentimentTestSupport.hasGroundTruth, "needs ../shared/corpora/vader_icwsm2014"),
          arguments: corpora)
    func vaderModelMatchesVaderSentiment(corpus: String) throws {
        let expected = try #require(try Self.fixture()[corpus])
        let rows = try SentimentTestSupport.groundTruthRows(corpus)
        #expect(rows.count == expected.count)
        var within = 0
        var misses: [String] = []
        for row in rows {
            let want = try #require(expected[row.id])
            let got = SentimentTestSupport.vader.score(row.text).compound
            if abs(got - want) <= 0.001 { within += 1 } else if misses.count < 5 {
                misses.append("\(row.id): got \(got), want \(want): \(row.text.prefix(80))")
            }
        }
        let share = Double(within) / Double(rows.count)
        #expect(share >= 0.99, "\(corpus): \(within)/\(rows.count) within ±0.001; first misses: \(misses)")
    }

    @Test func vaderReadmeExamples() {
        // Values printed by vaderSentiment 3.3.2's own demo (`python -m vaderSentiment.vaderSentiment`).
        let cases: [(String, Double)] = [
            ("VADER is smart, handsome, and funny.", 0.8316),
            ("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342),
            ("VADER is not smart, handsome, nor funny.", -0.7424),
            ("At least it isn't a horrible book.", 0.431),
            ("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042),
            ("Make sure you :) or :D today!", 0.8633),
            ("Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.875),
            ("Sentiment analysis has never been this good!", 0.5672),
            ("Without a doubt, excellent idea.", 0.7013),
        ]
        for (text, want) in cases {
            #expect(abs(SentimentTestSupport.vader.score(text).compound - want) <= 0.0001, "\(text)")
        }
    }
}

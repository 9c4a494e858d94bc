import Foundation
import MTMLexicon
import MTMText
import Testing
@testable import MTMScoring

/// `SentimentEngine.emotionRows` (one flat buffer reused across records) against `emotionWeights` (an array per
/// sentence), which it replaces on `mtm score`'s path: the same weights, bit for bit, in the same rows.
@Suite struct EmotionRowsTests {
    static let texts = [
        "I am so annoyed with the delivery", "Furious. Absolutely furious!!!", "", "   ",
        "The staff were rude. I was on hold forever! Thank you anyway.", "not happy at all, but thanks for trying",
        "I was NOT impressed. Never so happy to leave! couldn't be happier", "soooo disappointed 😡 🤬 ???",
        "They ripped off everyone; a total rip-off. No idea what happened. Didn't disappoint.",
        "Great service, great staff, great food, and I'd recommend them. Hats off to the team!",
    ]

    static func records() throws -> [String] {
        let samples = try String(contentsOf: SentimentTestSupport.repoRoot
            .appendingPathComponent("Corpora/samples/reviews.txt"), encoding: .utf8)
        return texts + samples.split(separator: "\n").map(String.init)
    }

    @Test func rowsHoldTheWeightsEmotionWeightsGives() throws {
        let engine = SentimentEngine(model: .mtm, lexicon: SentimentTestSupport.mtmLexicon,
                                     emotions: try EmotionScoring.scorer())
        let analyzer = try TextAnalyzer()
        // One buffer for every record, as `mtm score` keeps one per worker: long records first leave stale rows.
        var rows: [Double] = []
        for text in try Self.records().reversed() {
            let analyzed = analyzer.analyze(text)
            let (record, sentences) = engine.emotionWeights(analyzed)
            let width = engine.emotionRows(analyzed, into: &rows)
            #expect(width == engine.emotions!.lexicon.categories.count)
            #expect(rows.count >= width * (1 + analyzed.sentences.count))
            let expected = [record] + sentences
            for (row, weights) in expected.enumerated() {
                let got = Array(rows[(row * width)..<((row + 1) * width)])
                let want = weights.isEmpty ? [Double](repeating: 0, count: width) : weights
                #expect(got.map(\.bitPattern) == want.map(\.bitPattern), "\(text) row \(row)")
            }
        }
    }

    @Test func noRowsWhenEmotionsAreOff() throws {
        let engine = SentimentEngine(model: .mtm, lexicon: SentimentTestSupport.mtmLexicon)
        var rows: [Double] = [1, 2]
        #expect(engine.emotionRows(try TextAnalyzer().analyze("Furious!"), into: &rows) == 0)
    }

    @Test func matchesOfASliceKeepItsIndices() throws {
        let lexicon = try EmotionScoring.scorer().lexicon
        let analyzer = try TextAnalyzer()
        for text in try Self.records() {
            let tokens = analyzer.analyze(text).tokens
            guard tokens.count > 2 else { continue }
            let slice = tokens[2...]
            var visited: [EmotionMatch] = []
            lexicon.forEachMatch(in: slice) { visited.append($0) }
            let fromZero = lexicon.matches(in: Array(slice)[...]).map {
                EmotionMatch(tokens: ($0.tokens.lowerBound + 2)..<($0.tokens.upperBound + 2), term: $0.term,
                             weights: $0.weights)
            }
            #expect(visited == fromZero, "\(text)")
            #expect(lexicon.matches(in: slice) == visited)
        }
    }
}

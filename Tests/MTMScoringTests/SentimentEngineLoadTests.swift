import Foundation
import MTMLexicon
import MTMText
import Testing
@testable import MTMScoring

/// `SentimentEngine.load(concurrently:)` (the two halves of start-up on two threads, as `mtm score --jobs 2` loads)
/// against the serial load: the same findings in the same order, the same scores and emotions bit for bit, the
/// same first error.
@Suite struct SentimentEngineLoadTests {
    /// A valence overlay with one good entry and one malformed line, so both loads have a finding to order.
    static func overlay() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("mtm-engine-load-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tsv")
        try "term\tvalence\treason\nzorblat\t-2.5\ttest word\nthis line has no tabs\n".write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(arguments: SentimentModel.allCases)
    func concurrentLoadGivesTheSerialEngine(model: SentimentModel) throws {
        let overlay = try Self.overlay()
        defer { try? FileManager.default.removeItem(at: overlay) }
        let (serial, serialFindings) = try SentimentEngine.load(model: model, directory: SentimentTestSupport.lexicons,
                                                                overlays: [overlay])
        let (concurrent, concurrentFindings) = try SentimentEngine.load(
            model: model, directory: SentimentTestSupport.lexicons, overlays: [overlay], concurrently: true)
        #expect(!serialFindings.isEmpty)
        #expect(concurrentFindings.map { "\($0)" } == serialFindings.map { "\($0)" })
        #expect(concurrent.emotions != nil)
        let analyzer = try TextAnalyzer()
        for text in try EmotionRowsTests.records() + ["the zorblat was late", "zorblat!!! so annoyed"] {
            let analyzed = analyzer.analyze(text)
            let a = serial.scoreWithEmotions(analyzed), b = concurrent.scoreWithEmotions(analyzed)
            #expect(a.record.compound.bitPattern == b.record.compound.bitPattern, "\(text)")
            #expect(a.record == b.record, "\(text)")
            #expect(a.emotions == b.emotions, "\(text)")
            #expect(a.sentences.map(\.emotions) == b.sentences.map(\.emotions), "\(text)")
        }
        // The overlay's word scores in both: the concurrent load applied it to the same lexicon.
        let zorblat = concurrent.score(analyzer.analyze("zorblat")).record.compound
        #expect(zorblat < -0.05)
    }

    @Test func concurrentLoadWithoutEmotionsHasNone() throws {
        let (engine, _) = try SentimentEngine.load(model: .mtm, directory: SentimentTestSupport.lexicons,
                                                   emotions: false, concurrently: true)
        #expect(engine.emotions == nil)
        #expect(engine.analyzer != nil)
    }

    @Test func concurrentLoadReportsTheSerialLoadsError() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("mtm-no-lexicons-\(UUID().uuidString)")
        var messages: [String] = []
        for concurrently in [false, true] {
            do {
                _ = try SentimentEngine.load(model: .mtm, directory: missing, concurrently: concurrently)
                Issue.record("loading from a missing folder succeeded")
            } catch {
                messages.append(error.localizedDescription)
            }
        }
        #expect(messages.count == 2)
        #expect(messages.first == messages.last)
        #expect(messages.first?.contains(missing.lastPathComponent) == true)
    }
}

import MTMRecord
@testable import MTMText
import Testing

/// ICU's sentence pass starts a little before the first possible sentence end (`sentenceWindowStart`) instead of
/// at the text's start. These tests hold the boundaries found that way to ICU's boundaries over the whole text, on
/// every text of the corpora and on random texts made to put abbreviations, closers and line breaks near the
/// first end.
@Suite struct SentenceWindowTests {
    /// ICU's sentence boundaries (English with the standard exceptions, as the analyzer opens it) over `units`
    /// from `start` on, as offsets into `units`.
    static func icuBoundaries(_ iterator: BreakIterator, _ units: [UInt16], from start: Int) -> [Int] {
        units.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  (try? iterator.setText(base + start, count: units.count - start)) != nil else { return [-1] }
            return Array(sequence(state: ()) { _ in iterator.next().map { $0 + start } })
        }
    }

    /// The texts whose window does not start at 0 that gave other boundaries than the whole text (at most five),
    /// and how many windows started later than 0.
    static func mismatches(_ texts: [String]) throws -> (texts: [String], windows: Int) {
        let analyzer = try TextAnalyzer()
        let iterator = try BreakIterator(.sentence, locale: "en_US@ss=standard")
        var mismatches: [String] = [], windows = 0
        var spans: [SpecialSpan] = []
        for text in texts {
            let state = analyzer.state
            state.buffer.load(text)
            spans.removeAll()
            guard let firstEnd = PatternScanner.scan(state.buffer, into: &spans) else { continue }
            let start = state.sentenceWindowStart(before: firstEnd)
            guard start > 0 else { continue }
            windows += 1
            let units = Array(text.utf16)
            if icuBoundaries(iterator, units, from: start) != icuBoundaries(iterator, units, from: 0),
               mismatches.count < 5 {
                mismatches.append(text.debugDescription)
            }
        }
        return (mismatches, windows)
    }

    @Test(.enabled(if: SharedCorpora.available, "needs ../shared/corpora"))
    func windowGivesICUsBoundariesOnCorpora() throws {
        let (mismatches, windows) = try Self.mismatches(SharedCorpora.texts())
        #expect(windows > 1_000)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    /// Long random texts of words, numbers, abbreviations (ICU's exceptions and others), terminals, closers,
    /// spaces and line breaks, now and then with any Unicode.
    @Test func windowGivesICUsBoundariesOnRandomText() throws {
        let pieces = ["Great", "fit", "and", "the", "So", "x", "3", "3.5", " ", " ", " ", "  ", "\t", ".", ".", "!", "?",
                      "!!", "...", "\n", "\r\n", "\"", "'", ")", "(", ",", ";", ":", "-", "Mr.", "Mrs.", "Dr.", "e.g.",
                      "i.e.", "etc.", "U.S.", "Ph.D.", "No.", "Inc.", "vs.", "approx.", "Jan.", "St.", "a.m.", ":)",
                      "http://a.io/x", "é", "。", "\u{2029}", "\u{85}"]
        let words = ["Great", "fit", "and", "the", "So", "x", "3", "(", "\"", ",", "-", "e", "OK", "I", "1,000", "é"]
        var rng = SplitMix64(seed: 2_026_12_02)
        var texts: [String] = []
        for case_ in 0..<20_000 {
            // A first sentence without terminals long enough for the window, then anything.
            var text = (0..<Int.random(in: 3...16, using: &rng)).map { _ in
                words.randomElement(using: &rng)!
            }.joined(separator: " ")
            text += (0..<Int.random(in: 1...40, using: &rng)).map { _ in
                pieces.randomElement(using: &rng)!
            }.joined(separator: Bool.random(using: &rng) ? " " : "")
            if case_.isMultiple(of: 5) { text += RandomText.make(&rng, maxLength: 20) }
            texts.append(text)
        }
        let (mismatches, windows) = try Self.mismatches(texts)
        #expect(windows > 5_000)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}

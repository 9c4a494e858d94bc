import MTMRecord
import MTMText
import Testing

/// Random text that leans on what breaks tokenizers: pattern triggers, joiners, marks, surrogates' neighbours.
enum RandomText {
    static let pools: [[UInt32]] = [
        Array(0x20...0x7E), // ASCII, with : ; @ # / ' ` < 3 and friends
        [0x3A, 0x29, 0x28, 0x40, 0x23, 0x2F, 0x27, 0x60, 0xB4, 0x2032, 0x2019, 0x3C, 0x33, 0x2E, 0x21, 0x3F, 0x77],
        [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x85, 0xA0, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x200B, 0x200D, 0xFE0F,
         0x20E3, 0xD7FF, 0xE000, 0xFFFF, 0x10FFFF, 0x1F3FD, 0x1F1EB, 0x1F1F7, 0x1F468, 0x1F469, 0x1F600, 0x2764],
        Array(0x300...0x36F), // combining marks
        Array(0xC0...0x17F), // Latin-1 and Latin Extended-A (ß, İ, ı, œ)
        Array(0x3040...0x30FF) + Array(0x4E00...0x4E80), // kana and ideographs
        Array(0x0E01...0x0E3A) + Array(0x0600...0x06FF) + Array(0x0900...0x097F), // Thai, Arabic, Devanagari
        Array(0xFF01...0xFF5E) + [0xFB01, 0xFB02, 0x2460, 0x2161], // fullwidth, ligatures, compatibility forms
    ]

    static func make(_ rng: inout SplitMix64, maxLength: Int) -> String {
        var scalars = String.UnicodeScalarView()
        let length = Int.random(in: 0...maxLength, using: &rng)
        for _ in 0..<length {
            let pool = pools[Int.random(in: 0..<pools.count, using: &rng)]
            if let scalar = Unicode.Scalar(pool[Int.random(in: 0..<pool.count, using: &rng)]) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}

@Suite struct PropertyTests {
    /// For thousands of random strings, in every normal form: every token's UTF-8 and scalar ranges select the same
    /// text in the original, tokens are in order and inside their sentence, and nothing crashes.
    @Test(arguments: TextConfiguration.Normalization.allCases)
    func rangesRoundTripOnRandomText(_ form: TextConfiguration.Normalization) throws {
        let analyzer = try TextAnalyzer(TextConfiguration(normalization: form))
        var rng = SplitMix64(seed: 20_261_123)
        for case_ in 0..<1500 {
            let text = RandomText.make(&rng, maxLength: 60)
            let analyzed = analyzer.analyze(text)
            #expect(analyzed.text == text)
            #expect(rangesRoundTrip(analyzed), "case \(case_): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            var previousEnd = 0
            for sentence in analyzed.sentences {
                #expect(sentence.utf8Range.lowerBound >= previousEnd && !sentence.tokens.isEmpty, "case \(case_)")
                var tokenEnd = sentence.utf8Range.lowerBound
                for token in sentence.tokens {
                    #expect(token.utf8Range.lowerBound >= tokenEnd && token.utf8Range.upperBound <= sentence.utf8Range.upperBound,
                            "case \(case_)")
                    tokenEnd = token.utf8Range.upperBound
                }
                previousEnd = sentence.utf8Range.upperBound
            }
            #expect(previousEnd <= text.utf8.count)
        }
    }

    /// Bytes that are not UTF-8 become U+FFFD when decoded; the analyzer sees only the repaired string.
    @Test func invalidUTF8AfterRepair() throws {
        let analyzer = try TextAnalyzer()
        var rng = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(rangesRoundTrip(analyzer.analyze(text)))
        }
    }

    /// One analyzer reused across documents of very different sizes gives the same result as a fresh one.
    @Test func analyzerReuseIsStateless() throws {
        let reused = try TextAnalyzer()
        var rng = SplitMix64(seed: 99)
        for _ in 0..<200 {
            let text = RandomText.make(&rng, maxLength: Int.random(in: 0...400, using: &rng))
            #expect(reused.analyze(text) == (try TextAnalyzer().analyze(text)))
        }
    }

    @Test func workersGiveTheSameResults() throws {
        let analyzer = try TextAnalyzer(TextConfiguration(normalization: .nfc, locale: "de_DE"))
        let worker = try analyzer.makeWorker()
        #expect(worker.configuration == analyzer.configuration)
        var rng = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let text = RandomText.make(&rng, maxLength: 80)
            // Interleaved use: each keeps its own iterator position and buffers.
            let a = analyzer.analyze(text)
            let b = worker.analyze(text + " Schifffahrt.")
            #expect(a == (try TextAnalyzer(analyzer.configuration).analyze(text)))
            #expect(b.tokens.last?.norm == ".")
            #expect(b.tokens.dropLast().last?.norm == "Schifffahrt")
        }
    }

    @Test func longSingleLine() throws {
        // 2 MB in one line: one sentence of many tokens, no quadratic re-scan (the benchmark times 10 MB).
        let unit = "Sooo good!!! don't :) http://x.com/a #tag 👍🏽 l'hôtel "
        let text = String(repeating: unit, count: 2_000_000 / unit.utf8.count)
        let analyzed = try analyze(text)
        let perUnit = try analyze(unit).tokens.count
        #expect(analyzed.tokens.count == perUnit * (2_000_000 / unit.utf8.count))
        #expect(analyzed.tokens.last?.utf8Range.upperBound == text.utf8.count - 1)
        let word = String(repeating: "a", count: 1_000_000)
        let long = try analyze(word)
        #expect(long.tokens.count == 1)
        #expect(long.tokens[0].norm == "aa")
    }

    @Test func manyBlankLinesAndSpaces() throws {
        // Each line break is a sentence end; nothing may re-scan the run before or after it.
        let text = "a" + String(repeating: "\n", count: 200_000) + "b." + String(repeating: " ", count: 200_000)
            + "C! " + String(repeating: "\r\n \t", count: 100_000) + "d"
        let analyzed = try analyze(text)
        #expect(analyzed.sentences.map { $0.tokens.map(\.norm) } == [["a"], ["b", "."], ["c", "!"], ["d"]])
    }

    @Test func nulBytesAreNotTokens() throws {
        let text = "bad\u{0}service\u{0}\u{0}!"
        let tokens = try seen(text)
        #expect(tokens.map(\.text) == ["bad", "service", "!"])
    }
}

import Foundation
import MTMRecord
@testable import MTMText
import Testing

/// The analyzer goes around ICU where it can prove the result the same: `ASCIIWordBreaker` stands in for ICU's
/// word iterator on all-ASCII text, and the sentence pass is skipped when no sentence end can have a token after
/// it. These tests hold the breaker to ICU's exact segments and rule statuses, and the analyzer's whole output with
/// shortcuts to its output with ICU alone.
@Suite struct ICUShortcutTests {
    @Test(arguments: [
        "", "a", " ", "   ", "\r\n", "\r\r\n\n", "\t\t", "o'clock", "e.g. i.e.", "3.5 1,000 1;2 1'2 1:2",
        "a:b a.b a,b a;b a'b", "a..b 1..2 a.'b", "foo_bar _x x_ __ 1_000 _1 a_1", "abc123 123abc 1a.b a1.2",
        "don't can't won't", "U.S.A. Mr. Smith", "end.", "x.\n", "...", "'quoted' \"double\"", "a'", "'a", "1.",
        "$5.99 #1 @me :) <3", "\u{0}\u{1}\u{7F} \u{B}\u{C}", "Hello, World! It's 10:30 a.m. -- ok?",
    ])
    func segmentsEqualICU(_ text: String) throws {
        let icu = try #require(TextAnalyzer.icuWordSegments(text))
        #expect(TextAnalyzer.asciiWordSegments(text) == icu, "\(text.debugDescription)")
    }

    /// Random strings over an alphabet weighted towards the characters the rules treat specially.
    @Test func segmentsEqualICUOnRandomASCII() throws {
        let alphabet = Array("aZk09_.,;:'\" \t\r\n!?-()@#$".utf8) + Array(0x00...0x7F).map(UInt8.init)
        var rng = SplitMix64(seed: 2_026_112_3)
        var mismatches: [String] = []
        for _ in 0..<50_000 {
            let length = Int.random(in: 0...24, using: &rng)
            let bytes = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            let text = String(decoding: bytes, as: UTF8.self)
            let icu = try #require(TextAnalyzer.icuWordSegments(text))
            if TextAnalyzer.asciiWordSegments(text) != icu, mismatches.count < 10 { mismatches.append(text.debugDescription) }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    /// Every text of the shared corpora and the bundled reviews analyses the same either way: the same sentences,
    /// tokens, norms, flags and ranges.
    @Test(.enabled(if: SharedCorpora.available, "needs ../shared/corpora"))
    func analyzerOutputEqualsICUOnCorpora() throws {
        let fast = try TextAnalyzer(TextConfiguration(), shortcuts: .all)
        let icu = try TextAnalyzer(TextConfiguration(), shortcuts: [])
        var compared = 0
        var mismatches: [String] = []
        for text in try SharedCorpora.texts() {
            compared += 1
            if fast.analyze(text) != icu.analyze(text), mismatches.count < 5 { mismatches.append(text) }
        }
        #expect(compared > 20_000)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test(arguments: [
        "café au lait", "東京に行きました", "great 😀 stay", "l’accueil était top", "Great fit.", "Love it!!  \r\n",
        "Great.\n!", "Great. !", "Wow!!! :)", "No. Really", "e.g. this", "Fine.\n\nNext", "ok?\t?", "Done。", "x\u{2029}",
    ])
    func shortcutsGiveICUsOutput(_ text: String) throws {
        let fast = try TextAnalyzer(TextConfiguration(), shortcuts: .all)
        let icu = try TextAnalyzer(TextConfiguration(), shortcuts: [])
        #expect(fast.analyze(text) == icu.analyze(text))
    }

    /// Random texts, ASCII sentences with their terminals and line breaks, and any Unicode, in every normal form.
    @Test(arguments: TextConfiguration.Normalization.allCases)
    func shortcutsGiveICUsOutputOnRandomText(_ form: TextConfiguration.Normalization) throws {
        let fast = try TextAnalyzer(TextConfiguration(normalization: form), shortcuts: .all)
        let icu = try TextAnalyzer(TextConfiguration(normalization: form), shortcuts: [])
        let pieces = ["Great", "fit", "e.g.", "Mr.", "3.5", "don't", " ", " ", "  ", ".", "!", "?", "!!", "\n", "\r\n", "\t",
                      "\"", ")", ":)", "ok", "SO", "x_1", "@me", "#tag", "http://a.io/x", "soooo", "。", "é"]
        var rng = SplitMix64(seed: 11_23)
        var mismatches: [String] = []
        for case_ in 0..<6_000 {
            let text = case_.isMultiple(of: 3) ? RandomText.make(&rng, maxLength: 40)
                : (0..<Int.random(in: 0...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            if fast.analyze(text) != icu.analyze(text), mismatches.count < 5 { mismatches.append(text.debugDescription) }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}

/// Texts of ../shared/corpora (sentiment ground truth, labelled sentences, transcripts) and the bundled reviews.
enum SharedCorpora {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora")

    static var available: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// (file under corpora/, tab-separated column holding the text, -1 for the whole line).
    static let sources: [(String, Int)] = [
        ("vader_icwsm2014/ground_truth/tweets_GroundTruth.txt", 2),
        ("vader_icwsm2014/ground_truth/movieReviewSnippets_GroundTruth.txt", 2),
        ("vader_icwsm2014/ground_truth/amazonReviewSnippets_GroundTruth.txt", 2),
        ("vader_icwsm2014/ground_truth/nytEditorialSnippets_GroundTruth.txt", 2),
        ("uci_sentiment_labelled_sentences/amazon_cells_labelled.txt", 0),
        ("uci_sentiment_labelled_sentences/imdb_labelled.txt", 0),
        ("uci_sentiment_labelled_sentences/yelp_labelled.txt", 0),
        ("transcripts/speaker_text/ES2004a.txt", -1),
        ("womens_ecommerce_clothing_reviews/sample_5000.csv", -1),
    ]

    static func texts() throws -> [String] {
        var texts: [String] = []
        for (file, column) in sources {
            let data = try Data(contentsOf: root.appendingPathComponent(file))
            for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                let text = column < 0 ? line : (column < fields.count ? fields[column] : "")
                if !text.isEmpty { texts.append(String(text)) }
            }
        }
        return texts
    }
}

extension TextAnalyzer {
    /// An analyzer that takes only `shortcuts`, so tests can hold the shortcuts' output to ICU's.
    init(_ configuration: TextConfiguration, shortcuts: State.Shortcuts) throws(TextError) {
        try self.init(configuration)
        state.shortcuts = shortcuts
    }

    /// The word segments (end, rule status) of `text` from ICU's iterator, or nil when it fails.
    static func icuWordSegments(_ text: String, locale: String = "en_US") -> [Segment]? {
        guard let iterator = try? BreakIterator(.word, locale: locale) else { return nil }
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer -> [Segment]? in
            guard let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1),
                  (try? iterator.setText(base, count: units.count)) != nil else { return nil }
            var segments = ICUWordSegments(iterator: iterator)
            return Array(sequence(state: ()) { _ in segments.next().map { Segment(end: $0.end, status: $0.status) } })
        }
    }

    /// The word segments of an all-ASCII `text` from `ASCIIWordBreaker`.
    static func asciiWordSegments(_ text: String) -> [Segment] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            var breaker = ASCIIWordBreaker(base, count: units.count)
            return Array(sequence(state: ()) { _ in breaker.next().map { Segment(end: $0.end, status: $0.status) } })
        }
    }

    struct Segment: Equatable, CustomStringConvertible {
        var end: Int
        var status: Int32
        var description: String { "\(end):\(status)" }
    }
}

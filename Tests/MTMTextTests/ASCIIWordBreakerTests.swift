import Foundation
@testable import MTMText
import Testing

/// `ASCIIWordBreaker` stands in for ICU's word iterator on all-ASCII text; these tests hold it to ICU's exact
/// segments and rule statuses, and the analyzer's whole output to what it gives with ICU alone.
@Suite struct ASCIIWordBreakerTests {
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
        var rng = SeededGenerator(state: 2_026_112_3)
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

    /// Every all-ASCII text of the shared corpora and the bundled reviews analyses the same either way: the same
    /// sentences, tokens, norms, flags and ranges.
    @Test(.enabled(if: SharedCorpora.available, "needs ../shared/corpora"))
    func analyzerOutputEqualsICUOnCorpora() throws {
        let fast = try TextAnalyzer(TextConfiguration(), wordBreaking: .asciiWhenPossible)
        let icu = try TextAnalyzer(TextConfiguration(), wordBreaking: .icu)
        var compared = 0
        var mismatches: [String] = []
        for text in try SharedCorpora.texts() where text.utf8.allSatisfy({ $0 < 0x80 }) {
            compared += 1
            if fast.analyze(text) != icu.analyze(text), mismatches.count < 5 { mismatches.append(text) }
        }
        #expect(compared > 20_000)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func nonASCIITextStillUsesICU() throws {
        let fast = try TextAnalyzer(TextConfiguration(), wordBreaking: .asciiWhenPossible)
        let icu = try TextAnalyzer(TextConfiguration(), wordBreaking: .icu)
        for text in ["café au lait", "東京に行きました", "great 😀 stay", "l’accueil était top"] {
            #expect(fast.analyze(text) == icu.analyze(text))
        }
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

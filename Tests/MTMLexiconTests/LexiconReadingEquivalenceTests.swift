import Foundation
import Testing
@testable import MTMLexicon

/// The lexicon readers split lines and fields on bytes and parse plain decimals without `Double(_:)` (start-up
/// speed). They must give exactly what the `Character`/scalar versions gave, kept here as the reference.
@Suite struct LexiconReadingEquivalenceTests {
    /// Random texts over the bytes that matter: line ends, tabs, blanks, comment marks, combining marks, no-break
    /// spaces, non-ASCII letters.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let pieces = ["a", "b", "word", "\t", "\t", " ", "  ", "\n", "\n", "\r\n", "\r", "#", "# note", "\u{301}", "\u{A0}",
                      "é", "\u{FEFF}", "0.5", "-1.25", "x", ":)", "\u{2003}"]
        return (0..<count).map { _ in (0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    /// `EmotionTable.read`'s splitting before it moved to bytes.
    static func referenceRows(_ text: String) -> [EmotionTable.Row] {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [EmotionTable.Row] = []
        var number = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows.append(EmotionTable.Row(line: number, fields: line.split(separator: "\t", omittingEmptySubsequences: false)
                .map(EmotionTable.trimmedField)))
        }
        return rows
    }

    /// `ValenceLexicon.lines` before it moved to bytes.
    static func referenceLines(_ text: String) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        var number = 0
        for var line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.last == "\r" { line = line.dropLast() }
            result.append((number, Substring(line)))
        }
        if let last = result.last, last.1.isEmpty { result.removeLast() }
        return result
    }

    @Test(arguments: [1, 2, 3])
    func emotionTableRowsAgree(seed: UInt64) {
        for text in Self.randomTexts(count: 3_000, seed: seed) {
            var stripped = text
            if stripped.hasPrefix("\u{FEFF}") { stripped.removeFirst() }
            let rows = stripped.withUTF8 { EmotionTable.rows(of: $0) }
            let expected = Self.referenceRows(text)
            #expect(rows.map(\.line) == expected.map(\.line), "\(text.debugDescription)")
            #expect(rows.map(\.fields) == expected.map(\.fields), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [4, 5, 6])
    func valenceLinesAgree(seed: UInt64) {
        for text in Self.randomTexts(count: 3_000, seed: seed) {
            let lines = ValenceLexicon.lines(text), expected = Self.referenceLines(text)
            #expect(lines.map(\.0) == expected.map(\.0), "\(text.debugDescription)")
            #expect(lines.map { String($0.1) } == expected.map { String($0.1) }, "\(text.debugDescription)")
        }
    }

    @Test func fieldSplitsAgree() {
        for text in Self.randomTexts(count: 3_000, seed: 7) {
            for line in ValenceLexicon.lines(text) {
                #expect(ValenceLexicon.split(line.1, at: 0x09, omittingEmpty: false)
                    == line.1.split(separator: "\t", omittingEmptySubsequences: false))
                #expect(ValenceLexicon.split(line.1, at: 0x20, omittingEmpty: true) == line.1.split(separator: " "))
            }
        }
    }

    static func sameNumber(_ text: String) -> Bool {
        var copy = text
        let fast = copy.withUTF8 { ValenceLexicon.number($0) }
        let slow = Double(text)
        guard let fast, let slow else { return fast == nil && slow == nil }
        return fast.bitPattern == slow.bitPattern || (fast.isNaN && slow.isNaN)
    }

    @Test(arguments: ["", "-", ".", ".5", "5.", "-.5", "00.5", "0.5", "-0", "-0.0", "0", "10", "1e3", "+1", "inf", "nan",
                      "0x1p3", " 1", "1 ", "1.2.3", "3.999999999999999", "0.1234567890123456", "123456789012345",
                      "1234567890123456", "-4", "4.0", "-3.4", "0.10000000000000001", "2.675"])
    func numbersAgreeWithDouble(text: String) {
        #expect(Self.sameNumber(text), "\(text)")
    }

    @Test func randomDecimalsAgreeWithDouble() {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<20_000 {
            var text = next() % 3 == 0 ? "-" : ""
            text += String((0..<(1 + next() % 8)).map { _ in Character(String(next() % 10)) })
            if next() % 4 != 0 { text += "." + String((0..<(next() % 10)).map { _ in Character(String(next() % 10)) }) }
            #expect(Self.sameNumber(text), "\(text)")
        }
        // Every valence of VADER's lexicon.
        let vader = try? String(contentsOf: EmotionFixtures.lexicons.appendingPathComponent("valence/vader_lexicon.txt"),
                                encoding: .utf8)
        for line in (vader ?? "").split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count > 1 { #expect(Self.sameNumber(String(fields[1]))) }
        }
    }
}

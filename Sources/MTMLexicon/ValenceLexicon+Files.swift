import Foundation
import MTMRecord

/// One line of an overlay file.
public struct ValenceOverlayEntry: Sendable, Hashable {
    public var term: String
    public var valence: Double
    public var reason: String
    public var line: Int
}

extension ValenceLexicon {
    /// The columns an overlay file may have, in this order; `term` and `valence` are required.
    public static let overlayColumns = ["term", "valence", "reason"]

    static func readText(_ url: URL) throws(LexiconError) -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LexiconError.invalidFile(path: url.path, line: nil, message: "cannot read the file (\(error.localizedDescription))",
                                           hint: "check the path and its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.invalidFile(path: url.path, line: nil, message: "the file is not valid UTF-8",
                                           hint: "save it as UTF-8")
        }
        return text
    }

    /// Trims ASCII spaces and tabs (Foundation's `trimmingCharacters` bridges to NSString and is slow here).
    static func trimmed(_ s: Substring) -> Substring {
        var start = s.startIndex, end = s.endIndex
        while start < end, s.utf8[start] == 0x20 || s.utf8[start] == 0x09 { start = s.utf8.index(after: start) }
        while end > start {
            let before = s.utf8.index(before: end)
            guard s.utf8[before] == 0x20 || s.utf8[before] == 0x09 else { break }
            end = before
        }
        return s[start..<end]
    }

    /// Lines without their terminators (LF or CRLF), numbered from 1.
    static func lines(_ text: String) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        let utf8 = text.utf8
        forEachLine(text) { number, range, _ in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            result.append((number, Substring(utf8[start..<end])))
        }
        return result
    }

    /// The lines of `text` as byte ranges and bytes, numbered from 1, as `lines(_:)` splits them: at every "\n",
    /// without one final "\r", and without a last line that is empty. On bytes, because splitting the scalars
    /// dominated start-up.
    static func forEachLine(_ text: String, _ body: (Int, Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var start = 0, number = 0
            while start <= count {
                let end = firstIndex(of: 0x0A, in: bytes, from: start) ?? count
                var stop = end
                if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
                // A last line that is empty (the text ends with a line break, or is empty) is no line.
                if end == count, stop == start { break }
                number += 1
                body(number, start..<stop, UnsafeBufferPointer(rebasing: bytes[start..<stop]))
                start = end + 1
            }
        }
    }

    /// `text.split(separator: Character(separator))`, on bytes when the text is ASCII (where every byte is one
    /// `Character`; splitting `Character`s dominated reading overlays), else on `Character`s. The pieces are found
    /// as byte offsets in the text's contiguous UTF-8 and cut out at those offsets (walking the `Substring`'s UTF-8
    /// view index by index, or splitting it and converting each piece back, cost thousands of instructions a line).
    static func split(_ text: Substring, at separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        var contiguous = text
        let pieces: [Range<Int>]? = contiguous.withUTF8 { bytes in
            var pieces: [Range<Int>] = []
            var start = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x80 else { return nil }
                if byte == separator {
                    if !omittingEmpty || start < i { pieces.append(start..<i) }
                    start = i + 1
                }
            }
            if !omittingEmpty || start < bytes.count { pieces.append(start..<bytes.count) }
            return pieces
        }
        guard let pieces else {
            return text.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: omittingEmpty)
        }
        let utf8 = text.utf8
        return pieces.map { piece in
            let start = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)
            return text[start..<utf8.index(start, offsetBy: piece.count)]
        }
    }

    /// `trimmed` on bytes: without ASCII spaces and tabs at either end.
    static func trimmed(_ s: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = s.count
        while start < end, s[start] == 0x20 || s[start] == 0x09 { start += 1 }
        while end > start, s[end - 1] == 0x20 || s[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: s[start..<end])
    }

    /// The tab-separated fields of a line: the first two (empty when absent) and how many there are.
    static func firstTwoFields(_ line: UnsafeBufferPointer<UInt8>)
        -> (first: UnsafeBufferPointer<UInt8>, second: UnsafeBufferPointer<UInt8>, count: Int) {
        var count = 1
        var firstEnd = line.count, secondEnd = line.count
        // Tabs found with `firstIndex` from the last one (an `enumerated()` walk cost ~11 instructions a byte).
        var from = 0
        while let tab = firstIndex(of: 0x09, in: line, from: from) {
            if count == 1 { firstEnd = tab } else if count == 2 { secondEnd = tab }
            count += 1
            from = tab + 1
        }
        let secondStart = min(firstEnd + 1, line.count)
        return (UnsafeBufferPointer(rebasing: line[..<firstEnd]),
                UnsafeBufferPointer(rebasing: line[secondStart..<max(secondStart, secondEnd)]), count)
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A decimal without exponent, `-?digits[.digits]` with at most 15 digits and no leading zero: exactly
    /// `Double(text)` (such a value over a power of ten up to 10^15 is one correctly rounded division), without
    /// making a `String`. Anything else goes to `Double(_:)`.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { i = 1 }
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, integerDigits = 0
        var dot = false
        let integerStart = i
        while i < bytes.count {
            let c = bytes[i]
            if c >= 0x30, c <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(c - 0x30)
                digits += 1
                if dot { fraction += 1 } else { integerDigits += 1 }
            } else if c == UInt8(ascii: "."), !dot {
                dot = true
            } else {
                return Double(string(bytes))
            }
            i += 1
        }
        let leadingZero = integerDigits > 1 && bytes[integerStart] == 0x30
        guard integerDigits > 0, !dot || fraction > 0, digits <= 15, !leadingZero else { return Double(string(bytes)) }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    /// VADER's format: `token TAB mean [TAB sd TAB ratings]`. Like vaderSentiment, surrounding whitespace is
    /// stripped and only the first two columns are used; unlike it, bad lines are reported and skipped.
    static func readVaderFormat(_ url: URL, findings: inout [Finding]) throws(LexiconError) -> [String: Double] {
        let text = try readText(url)
        var words: [String: Double] = [:]
        words.reserveCapacity(8_192)
        forEachLine(text) { number, _, raw in
            let line = trimmed(raw)
            if line.isEmpty { return }
            let (token, meanField, count) = firstTwoFields(line)
            guard count >= 2, !token.isEmpty else {
                findings.append(Finding(.error, code: "lexicon-malformed-line", source: url.path, line: number,
                                        message: "expected 'token TAB mean [TAB sd TAB ratings]', found \(count) column(s)",
                                        hint: "separate the columns with tabs"))
                return
            }
            guard let mean = Self.number(trimmed(meanField)), mean.isFinite else {
                findings.append(Finding(.error, code: "lexicon-bad-number", source: url.path, line: number, field: "mean",
                                        message: "'\(string(meanField))' is not a number", hint: "write a valence between -4 and 4"))
                return
            }
            if count > 4 {
                findings.append(Finding(.warning, code: "lexicon-unknown-column", source: url.path, line: number,
                                        message: "\(count) columns; VADER's format has at most 4 (token, mean, sd, ratings)",
                                        hint: "remove the extra columns"))
            }
            words[string(token)] = mean
        }
        return words
    }

    /// `emoji TAB description` per line.
    static func readEmoji(_ url: URL, findings: inout [Finding]) throws(LexiconError) -> [String: String] {
        let text = try readText(url)
        var emoji: [String: String] = [:]
        emoji.reserveCapacity(4_096)
        forEachLine(text) { number, _, raw in
            let line = trimmed(raw)
            if line.isEmpty { return }
            let (symbol, description, count) = firstTwoFields(line)
            guard count >= 2, !symbol.isEmpty, !description.isEmpty else {
                findings.append(Finding(.error, code: "lexicon-malformed-line", source: url.path, line: number,
                                        message: "expected 'emoji TAB description'", hint: "separate the columns with a tab"))
                return
            }
            emoji[string(symbol)] = string(description)
        }
        return emoji
    }

    /// An overlay: optional `#` comment lines, a header naming columns from `overlayColumns` (`term`, `valence`
    /// required), then `term TAB valence [TAB reason]` rows. Unknown columns, short rows, bad numbers and
    /// out-of-range valences are reported with file:line.
    public static func readOverlay(_ url: URL, findings: inout [Finding]) throws(LexiconError) -> [ValenceOverlayEntry] {
        let text = try readText(url)
        var header: [String]?
        var entries: [ValenceOverlayEntry] = []
        var seen: [String: Int] = [:]
        for (number, line) in lines(text) {
            if trimmed(line).isEmpty || line.hasPrefix("#") { continue }
            let fields = split(line, at: UInt8(ascii: "\t"), omittingEmpty: false).map { String(trimmed($0)) }
            guard let columns = header else {
                let names = fields.map { $0.lowercased() }
                guard names.first == "term", names.count >= 2, names[1] == "valence" else {
                    throw LexiconError.invalidFile(path: url.path, line: number,
                                                   message: "the first line must be the header 'term TAB valence TAB reason'",
                                                   hint: "add that header line above the entries")
                }
                for (index, name) in names.enumerated() where !overlayColumns.contains(name) {
                    findings.append(Finding(.warning, code: "lexicon-unknown-column", source: url.path, line: number,
                                            column: index + 1, field: name,
                                            message: "unknown column '\(name)' is ignored",
                                            hint: "use only the columns \(overlayColumns.joined(separator: ", "))"))
                }
                header = names
                continue
            }
            guard fields.count >= 2, !fields[0].isEmpty else {
                findings.append(Finding(.error, code: "lexicon-malformed-line", source: url.path, line: number,
                                        message: "expected 'term TAB valence TAB reason', found \(fields.count) column(s)",
                                        hint: "separate the columns with tabs"))
                continue
            }
            if fields.count > columns.count {
                findings.append(Finding(.warning, code: "lexicon-unknown-column", source: url.path, line: number,
                                        column: columns.count + 1,
                                        message: "\(fields.count) columns but the header names \(columns.count); the extra ones are ignored",
                                        hint: "remove them or name them in the header"))
            }
            guard var valence = Double(fields[1]), valence.isFinite else {
                findings.append(Finding(.error, code: "lexicon-bad-number", source: url.path, line: number, field: "valence",
                                        message: "'\(fields[1])' is not a number", hint: "write a valence between -4 and 4"))
                continue
            }
            if !valenceRange.contains(valence) {
                findings.append(Finding(.warning, code: "lexicon-out-of-range", source: url.path, line: number, field: "valence",
                                        message: "valence \(fields[1]) is outside -4…4 and was clamped",
                                        hint: "use VADER's -4…4 scale"))
                valence = min(max(valence, valenceRange.lowerBound), valenceRange.upperBound)
            }
            let term = split(Substring(fields[0]), at: UInt8(ascii: " "), omittingEmpty: true).joined(separator: " ").lowercased()
            if let previous = seen[term] {
                findings.append(Finding(.warning, code: "lexicon-duplicate", source: url.path, line: number, field: "term",
                                        message: "'\(term)' is also on line \(previous); this line wins",
                                        hint: "keep one entry per term"))
            }
            seen[term] = number
            let reason = fields.count > 2 ? fields[2] : ""
            entries.append(ValenceOverlayEntry(term: term, valence: valence, reason: reason, line: number))
        }
        return entries
    }
}

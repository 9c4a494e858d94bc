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
        var number = 0
        // Split on scalars: a Swift Character treats "\r\n" as one, so a Character split would miss CRLF lines.
        for var line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.last == "\r" { line = line.dropLast() }
            result.append((number, Substring(line)))
        }
        if let last = result.last, last.1.isEmpty { result.removeLast() }
        return result
    }

    /// VADER's format: `token TAB mean [TAB sd TAB ratings]`. Like vaderSentiment, surrounding whitespace is
    /// stripped and only the first two columns are used; unlike it, bad lines are reported and skipped.
    static func readVaderFormat(_ url: URL, findings: inout [Finding]) throws(LexiconError) -> [String: Double] {
        let text = try readText(url)
        var words: [String: Double] = [:]
        words.reserveCapacity(8_192)
        for (number, raw) in lines(text) {
            let line = trimmed(raw)
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else {
                findings.append(Finding(.error, code: "lexicon-malformed-line", source: url.path, line: number,
                                        message: "expected 'token TAB mean [TAB sd TAB ratings]', found \(fields.count) column(s)",
                                        hint: "separate the columns with tabs"))
                continue
            }
            guard let mean = Double(trimmed(fields[1])), mean.isFinite else {
                findings.append(Finding(.error, code: "lexicon-bad-number", source: url.path, line: number, field: "mean",
                                        message: "'\(fields[1])' is not a number", hint: "write a valence between -4 and 4"))
                continue
            }
            if fields.count > 4 {
                findings.append(Finding(.warning, code: "lexicon-unknown-column", source: url.path, line: number,
                                        message: "\(fields.count) columns; VADER's format has at most 4 (token, mean, sd, ratings)",
                                        hint: "remove the extra columns"))
            }
            words[String(fields[0])] = mean
        }
        return words
    }

    /// `emoji TAB description` per line.
    static func readEmoji(_ url: URL, findings: inout [Finding]) throws(LexiconError) -> [String: String] {
        let text = try readText(url)
        var emoji: [String: String] = [:]
        for (number, raw) in lines(text) {
            let line = trimmed(raw)
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                findings.append(Finding(.error, code: "lexicon-malformed-line", source: url.path, line: number,
                                        message: "expected 'emoji TAB description'", hint: "separate the columns with a tab"))
                continue
            }
            emoji[String(fields[0])] = String(fields[1])
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
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String(trimmed($0)) }
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
            let term = fields[0].split(separator: " ").joined(separator: " ").lowercased()
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

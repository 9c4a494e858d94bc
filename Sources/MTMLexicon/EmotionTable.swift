import Foundation
import MTMRecord

/// A tab-separated lexicon file split into numbered lines: `#` comment lines (at column 1) and blank lines are
/// skipped, a UTF-8 BOM and CRLF endings are accepted.
struct EmotionTable {
    struct Row {
        /// 1-based line number in the file.
        var line: Int
        var fields: [String]
    }

    let path: String
    var rows: [Row]

    static func read(_ url: URL) throws(LexiconError) -> EmotionTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw .invalidFile(path: url.path, line: nil,
                               message: exists ? "cannot read the file (\(error.localizedDescription))" : "file not found",
                               hint: exists ? "check its permissions" : "check the path, or pass --lexicons DIR with an emotions/ folder")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .invalidFile(path: url.path, line: nil, message: "the file is not valid UTF-8",
                               hint: "save it as UTF-8 (tab-separated text)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = text.withUTF8 { Self.rows(of: $0) }
        return EmotionTable(path: url.path, rows: rows)
    }

    /// The numbered rows of a file's text, split on bytes (the text is valid UTF-8, and "\n", "\t" and ASCII after
    /// "#" are grapheme boundaries, so this equals splitting on `Character`s): lines end at "\n" or "\r\n", one more
    /// final "\r" goes, lines starting with "#" or holding only spaces and tabs are skipped, fields split at tabs.
    static func rows(of text: UnsafeBufferPointer<UInt8>) -> [Row] {
        var rows: [Row] = []
        var number = 0, start = 0
        let count = text.count
        while start <= count {
            var end = start
            while end < count, text[end] != 0x0A { end += 1 }
            number += 1
            var stop = end
            if end < count, stop > start, text[stop - 1] == 0x0D { stop -= 1 }
            if stop > start, text[stop - 1] == 0x0D { stop -= 1 }
            let line = UnsafeBufferPointer(rebasing: text[start..<stop])
            start = end + 1
            if isComment(line) || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var fields: [String] = []
            var from = 0
            for (i, byte) in line.enumerated() where byte == 0x09 {
                fields.append(trimmedField(UnsafeBufferPointer(rebasing: line[from..<i])))
                from = i + 1
            }
            fields.append(trimmedField(UnsafeBufferPointer(rebasing: line[from...])))
            rows.append(Row(line: number, fields: fields))
        }
        return rows
    }

    /// Whether the line's first `Character` is "#" (a "#" followed by a combining mark is another character).
    private static func isComment(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.first == UInt8(ascii: "#") else { return false }
        guard line.count > 1, line[1] >= 0x80 else { return true }
        return String(decoding: line, as: UTF8.self).first == "#"
    }

    /// `trimmedField` on bytes: a field that starts and ends with an ASCII non-blank needs no trimming.
    static func trimmedField(_ field: UnsafeBufferPointer<UInt8>) -> String {
        if let first = field.first, let last = field.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return String(decoding: field, as: UTF8.self)
        }
        return trimmedField(Substring(String(decoding: field, as: UTF8.self)))
    }

    /// A field without surrounding blanks: tabs and space separators (Unicode Zs), what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` trims, without bridging every field through NSString at start-up.
    static func trimmedField(_ field: Substring) -> String {
        let scalars = field.unicodeScalars
        func blank(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !blank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !blank($0) })!
        return String(scalars[first...last])
    }

    /// The header row (the first data line), its column positions, and how many fields a row needs to reach
    /// every required column. Names not in `known` are reported and ignored; an empty file or a header without a
    /// required name makes the file unusable.
    func layout(required: [String], known: [String], kind: String,
                findings: inout [Finding]) throws(LexiconError) -> (header: Row, columns: [String: Int], needed: Int) {
        let shape = known.joined(separator: "<TAB>")
        guard let header = rows.first else {
            throw .invalidFile(path: path, line: nil, message: "the \(kind) file is empty",
                               hint: "start it with the header \(shape)")
        }
        var map: [String: Int] = [:]
        for (i, raw) in header.fields.enumerated() {
            let name = raw.lowercased()
            if known.contains(name), map[name] == nil {
                map[name] = i
            } else {
                findings.append(Finding(.warning, code: "lexicon-unknown-column", source: path, line: header.line,
                                        column: i + 1, field: raw.isEmpty ? "(empty)" : raw,
                                        message: "unknown or repeated column '\(raw)' in a \(kind) file; it is ignored",
                                        hint: "known columns: \(known.joined(separator: ", "))"))
            }
        }
        let missing = required.filter { map[$0] == nil }
        if !missing.isEmpty {
            throw .invalidFile(path: path, line: header.line,
                               message: "the header lacks the column(s) \(missing.joined(separator: ", "))",
                               hint: "a \(kind) file starts with a tab-separated header: \(shape)")
        }
        return (header, map, required.compactMap { map[$0] }.max()! + 1)
    }

    /// The data rows (after the header) that hold at least `needed` fields; the others are reported as malformed.
    func dataRows(needed: Int, expected: String, findings: inout [Finding]) -> [Row] {
        rows.dropFirst().filter { row in
            if row.fields.count >= needed { return true }
            findings.append(finding(.error, "lexicon-malformed-line", row,
                                    "expected tab-separated \(expected), found \(row.fields.count) field(s)",
                                    hint: "separate the columns with tabs"))
            return false
        }
    }

    /// A finding about one row.
    func finding(_ severity: Finding.Severity, _ code: String, _ row: Row, field: String? = nil,
                 _ message: String, hint: String) -> Finding {
        Finding(severity, code: code, source: path, line: row.line, field: field, message: message, hint: hint)
    }
}

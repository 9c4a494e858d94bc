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
        var rows: [Row] = []
        var number = 0
        // "\r\n" is one Character in Swift, so split on both.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows.append(Row(line: number, fields: line.split(separator: "\t", omittingEmptySubsequences: false)
                .map(Self.trimmedField)))
        }
        return EmotionTable(path: url.path, rows: rows)
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

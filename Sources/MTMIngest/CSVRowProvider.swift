import MTMRecord

/// CSV/TSV rows for `TabularSource`: reads the header (or names columns `1`, `2`, ... with `--no-header`).
final class CSVRowProvider: RowProvider {
    let reader: CSVReader
    var source: String { reader.source }
    private(set) var columns: [String] = []
    private var first: CSVReader.Row?

    init(reader: CSVReader, hasHeader: Bool) {
        self.reader = reader
        // Header rows rejected for a lone quote are skipped to the first readable row.
        while let row = reader.nextRow() {
            switch row {
            case let .fields(fields, _):
                if hasHeader {
                    columns = Self.uniqueNames(fields)
                } else {
                    columns = (1...max(1, fields.count)).map(String.init)
                    first = row
                }
                return
            case let .rejected(rejection):
                if hasHeader {
                    // Not a record: report it and take the next readable row as the header.
                    reader.findings.append(rejection.finding)
                    continue
                }
                first = row
                return
            }
        }
    }

    /// Names made unique (`Rating`, `Rating 2`) and never empty (`column 3`).
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.enumerated().map { index, raw in
            var name = raw.trimmingCharacters(in: " \t")
            if name.isEmpty { name = "column \(index + 1)" }
            let n = seen[name, default: 0] + 1
            seen[name] = n
            return n == 1 ? name : "\(name) \(n)"
        }
    }

    func nextRow() -> CSVReader.Row? {
        if let row = first { first = nil; return row }
        return reader.nextRow()
    }

    func takeFindings() -> [Finding] {
        defer { reader.findings.removeAll() }
        return reader.findings
    }
}

/// Plain text: one record per line, or per blank-line-separated paragraph; one column named `text`.
final class TextRowProvider: RowProvider {
    let reader: LineReader
    let paragraphs: Bool
    var source: String { reader.source }
    let columns = ["text"]

    init(reader: LineReader, paragraphs: Bool) {
        self.reader = reader
        self.paragraphs = paragraphs
    }

    func nextRow() -> CSVReader.Row? {
        if !paragraphs {
            while let line = reader.nextLine() {
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                return .fields([line], line: reader.lineNumber)
            }
            return nil
        }
        var lines: [String] = []
        var start = 0
        while let line = reader.nextLine() {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank {
                if lines.isEmpty { continue }
                break
            }
            if lines.isEmpty { start = reader.lineNumber }
            lines.append(line)
        }
        return lines.isEmpty ? nil : .fields([lines.joined(separator: "\n")], line: start)
    }

    func takeFindings() -> [Finding] {
        reader.takeFindings()
    }
}

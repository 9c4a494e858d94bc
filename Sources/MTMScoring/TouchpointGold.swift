/// A gold-standard file for touchpoint tagging: CSV with a header naming `text` and `touchpoints`, and optionally
/// `taxonomy` (so one file can serve several taxonomies) and `id`. `touchpoints` lists the touchpoint ids the text
/// mentions, separated by `;`, each with an optional polarity: `food:positive;service:negative;parking`
/// (`positive`/`negative`/`neutral`, or `+`/`-`/`0`). An empty cell means the text mentions no touchpoint.
public struct TouchpointGold: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// 1-based line of the row in the file.
        public var line: Int
        public var taxonomy: String?
        public var text: String
        /// Touchpoint id → gold polarity (nil when not given).
        public var touchpoints: [String: SentimentLabel?]
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// Parses the CSV text; `path` only names the file in errors.
    public init(csv: String, path: String) throws(TouchpointEvaluationError) {
        let records = TouchpointCSV.parse(csv)
        guard let header = records.first?.fields.map({ $0.lowercased() }) else {
            throw .invalidGold(path: path, line: 1, message: "the file is empty", hint: "add a header: taxonomy,text,touchpoints")
        }
        guard let textColumn = header.firstIndex(of: "text"), let tpColumn = header.firstIndex(of: "touchpoints") else {
            throw .invalidGold(path: path, line: 1, message: "the header needs `text` and `touchpoints` columns",
                               hint: "write the header as: taxonomy,text,touchpoints")
        }
        let taxonomyColumn = header.firstIndex(of: "taxonomy")
        var rows: [Row] = []
        for record in records.dropFirst() {
            let fields = record.fields
            if fields.count == 1 && fields[0].isEmpty { continue }
            guard fields.count > max(textColumn, tpColumn) else {
                throw .invalidGold(path: path, line: record.line, message: "row has \(fields.count) fields, the header \(header.count)",
                                   hint: "quote fields that hold commas with \"...\"")
            }
            var touchpoints: [String: SentimentLabel?] = [:]
            for item in fields[tpColumn].split(separator: ";") {
                let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
                guard let id = parts.first, !id.isEmpty else { continue }
                var polarity: SentimentLabel?
                if parts.count == 2 {
                    switch parts[1].lowercased() {
                    case "positive", "pos", "+": polarity = .positive
                    case "negative", "neg", "-": polarity = .negative
                    case "neutral", "neu", "0": polarity = .neutral
                    default:
                        throw .invalidGold(path: path, line: record.line, message: "unknown polarity '\(parts[1])' for \(id)",
                                           hint: "use positive, negative or neutral")
                    }
                }
                touchpoints[id] = .some(polarity)
            }
            rows.append(Row(line: record.line, taxonomy: taxonomyColumn.flatMap { $0 < fields.count ? fields[$0] : nil },
                            text: fields[textColumn], touchpoints: touchpoints))
        }
        self.rows = rows
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// A minimal RFC 4180 reader for gold files (quoted fields, doubled quotes, line breaks inside quotes).
/// Twin of the ingest stage's RFC 4180 reader (`MTMIngest/CSVReader.swift`, on main since the ingest merge): once
/// this branch meets it, read gold files with it (from `mtm eval tagging`) and remove this type.
enum TouchpointCSV {
    struct Record { var line: Int; var fields: [String] }

    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, afterQuote = false
        var line = 1, recordLine = 1
        var iterator = text.makeIterator()
        var pending: Character?
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\""); continue }
                        pending = next
                    }
                    quoted = false
                    afterQuote = true
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": fields.append(field); field = ""; afterQuote = false
            case "\n", "\r\n", "\r":
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []; field = ""; afterQuote = false
                line += 1
                recordLine = line
            default: field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}

import MTMRecord

/// Errors that stop ingest of an input. Each names the file and, where known, the line and field, and says what to do.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    /// `--encoding` (or a byte-order mark) names an encoding ICU does not know.
    case unknownEncoding(path: String, name: String)
    /// An option names a column the input does not have.
    case unknownColumn(path: String, option: String, column: String, available: [String])
    /// The format could not be told from the extension or the content.
    case unknownFormat(path: String)
    /// A file that holds no records in the expected shape (e.g. JSON without an array of objects).
    case unusableInput(path: String, reason: String, hint: String)
    /// `--strict`: the first problem met, as a finding.
    case strict(Finding)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "\(path): cannot open: \(reason) — check the path and that the file is readable"
        case let .unknownEncoding(path, name):
            return "\(path): unknown encoding '\(name)' — use utf-8, utf-16, windows-1252 or latin-1 (any name ICU knows)"
        case let .unknownColumn(path, option, column, available):
            return "\(path): \(option) '\(column)' is not a column of this input — use one of: "
                + available.map { "'\($0)'" }.joined(separator: ", ")
        case let .unknownFormat(path):
            return "\(path): cannot tell the format — name it with --input-format (csv, tsv, json, jsonl, text, vtt, srt, speakers)"
        case let .unusableInput(path, reason, hint):
            return "\(path): \(reason) — \(hint)"
        case let .strict(finding):
            var text = "\(finding.location): "
            if let field = finding.field { text += "\(field): " }
            text += finding.message
            text += " — " + (finding.hint ?? "fix the input or run without --strict to reject it and go on")
            return text
        }
    }
}

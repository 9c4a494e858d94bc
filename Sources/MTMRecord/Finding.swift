/// A problem met while processing that does not stop the run: counted, reported with its place, and turned into a
/// failure by `--strict`. Its description reads `file:line:column: field: what is wrong — what to do`.
public struct Finding: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The record was kept; something about it was repaired or guessed (e.g. invalid UTF-8 replaced).
        case warning
        /// The record (or a part of the input) could not be used and was rejected.
        case error
    }

    public var severity: Severity
    /// A short stable code for counting and filtering, e.g. `invalid-utf8`, `unterminated-quote`.
    public var code: String
    public var source: String
    public var line: Int?
    public var column: Int?
    public var field: String?
    /// What is wrong, in plain words.
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(_ severity: Severity, code: String, source: String, line: Int? = nil, column: Int? = nil,
                field: String? = nil, message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.source = source
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// `source:line:column`, omitting what is unknown.
    public var location: String {
        var place = source
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return place
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): "
        if let field { text += "\(field): " }
        text += message
        if let hint { text += " — \(hint)" }
        return text
    }
}

/// An input record that could not be scored, with why. Written to `rejects.csv`; `read = scored + rejected` holds
/// for every run.
public struct Rejection: Sendable, Hashable {
    /// How much of the raw input a rejection keeps (characters); longer raw text is cut and marked with `…`.
    public static let rawTextLimit = 500

    public var finding: Finding
    /// The raw input, cut to `rawTextLimit` characters.
    public var raw: String

    public init(_ finding: Finding, raw: String) {
        self.finding = finding
        self.raw = raw.count > Self.rawTextLimit ? String(raw.prefix(Self.rawTextLimit)) + "…" : raw
    }
}

/// A problem found in a taxonomy file: where it is, what is wrong and what to do about it.
public struct TaxonomyIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var path: String
    /// 1-based line in the YAML file; nil for whole-file problems.
    public var line: Int?
    public var message: String
    public var hint: String

    public init(_ severity: Severity, path: String, line: Int?, message: String, hint: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message) — \(hint)"
    }

    public var lexiconError: LexiconError {
        .invalidFile(path: path, line: line, message: message, hint: hint)
    }
}

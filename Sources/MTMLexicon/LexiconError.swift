import Foundation

/// Errors loading lexicon data. Each names the file and line and says what to do.
public enum LexiconError: Error, Sendable, Hashable, LocalizedError, CustomStringConvertible {
    case missingDirectory(path: String?, tried: [String])
    /// A data file could not be read or parsed at `line` (1-based; nil for whole-file problems).
    case invalidFile(path: String, line: Int?, message: String, hint: String)

    public var description: String {
        switch self {
        case let .missingDirectory(path, tried):
            if let path { return "lexicon folder \(path) does not exist — pass an existing folder to --lexicons" }
            return "cannot find the Lexicons folder (looked in: \(tried.joined(separator: ", "))) — pass --lexicons DIR or set MTM_LEXICONS"
        case let .invalidFile(path, line, message, hint):
            return "\(path)\(line.map { ":\($0)" } ?? ""): \(message) — \(hint)"
        }
    }

    public var errorDescription: String? { description }
}

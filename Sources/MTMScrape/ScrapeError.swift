import Foundation

/// What stops a scrape before it starts (bad profiles, unusable options). Problems with single pages are
/// `Finding`s instead.
public enum ScrapeError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    case unreadableProfile(path: String, reason: String)
    case invalidProfile(path: String, field: String?, reason: String)
    case unreadableInput(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadableProfile(path, reason):
            return "\(path): cannot read the site profile (\(reason)) — check the path"
        case let .invalidProfile(path, field, reason):
            let place = field.map { "\(path): \($0)" } ?? path
            return "\(place): \(reason) — see Lexicons/sites/_template.yaml for the format"
        case let .unreadableInput(path, reason):
            return "\(path): cannot read (\(reason)) — check the path and its permissions"
        }
    }

    public var errorDescription: String? { description }
}

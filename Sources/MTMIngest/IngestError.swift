/// Errors that stop ingest of an input. Each names the file and, where known, the line and field, and says what to do.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "\(path): cannot open: \(reason) — check the path and that the file is readable"
        }
    }
}

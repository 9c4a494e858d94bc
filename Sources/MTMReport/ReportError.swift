import Foundation

/// Why a report could not be written, with the path and what to do.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    case directoryNotEmpty(String)
    case notADirectory(String)
    case cannotWrite(String, String)
    case emptyWorkbook(String)

    public var description: String {
        switch self {
        case .directoryNotEmpty(let path):
            return "\(path): the output directory is not empty — choose a new directory or pass --force to replace mtm's files in it"
        case .notADirectory(let path):
            return "\(path): exists and is not a directory — choose another --out path"
        case .cannotWrite(let path, let why):
            return "\(path): cannot write: \(why) — check that the directory is writable and the disk has space"
        case .emptyWorkbook(let path):
            return "\(path): no tables to write — nothing was analysed; check the inputs"
        }
    }

    public var errorDescription: String? { description }
}

/// Errors of the text stage. ICU failures carry ICU's own error name.
public enum TextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An ICU call failed; `call` names it, `status` is ICU's error name (e.g. U_MEMORY_ALLOCATION_ERROR).
    case icu(call: String, status: String)
    /// An unknown normalisation name was given.
    case unknownNormalization(String)
    /// An encoding ICU does not know.
    case unknownEncoding(String)

    public var description: String {
        switch self {
        case let .icu(call, status):
            return "ICU call \(call) failed with \(status) — check that libicu is installed (apt-get install libicu-dev) and the locale is valid"
        case let .unknownNormalization(name):
            return "unknown normalisation '\(name)' — use one of: none, nfc, nfkc, nfkc-casefold"
        case let .unknownEncoding(name):
            return "unknown encoding '\(name)' — use utf-8, utf-16, windows-1252 or latin-1 (any name ICU's ucnv knows)"
        }
    }
}

/// What can stop an HTML document from being parsed or queried. Problems that do not stop parsing (a truncated
/// tree, an unknown charset) are `HTMLDocument.warnings` instead.
public enum HTMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input has no bytes.
    case emptyInput(source: String)
    /// The input is larger than libxml2 can take in one buffer (2 GiB).
    case inputTooLarge(source: String, bytes: Int)
    /// libxml2 returned no document at all.
    case parseFailed(source: String, reason: String)
    /// An XPath expression does not compile or failed to evaluate.
    case invalidXPath(expression: String, reason: String)

    public var description: String {
        switch self {
        case let .emptyInput(source):
            return "\(source): the page is empty — check that the file or URL holds HTML"
        case let .inputTooLarge(source, bytes):
            return "\(source): the page has \(bytes) bytes, more than one parse can take — split or trim it"
        case let .parseFailed(source, reason):
            return "\(source): libxml2 could not build a document (\(reason)) — check that this is HTML"
        case let .invalidXPath(expression, reason):
            return "XPath '\(expression)': \(reason) — check the expression's syntax (XPath 1.0)"
        }
    }
}

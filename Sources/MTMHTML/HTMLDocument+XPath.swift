internal import CLibXML2

/// The result of an XPath expression: a node set, or a string, number or boolean (`string(...)`, `count(...)`).
public enum XPathResult {
    case nodes([HTMLNode])
    case string(String)
    case number(Double)
    case boolean(Bool)

    /// Node sets as the text of their first node, scalars as text; nil for an empty node set or empty string.
    public var firstText: String? {
        let text: String
        switch self {
        case let .nodes(nodes):
            guard let first = nodes.first else { return nil }
            text = first.text()
        case let .string(s): text = s
        case let .number(n): text = n.isNaN ? "" : (n == n.rounded() ? String(Int(n)) : String(n))
        case let .boolean(b): text = b ? "true" : "false"
        }
        return text.isEmpty ? nil : text
    }

    public var nodes: [HTMLNode] {
        if case let .nodes(nodes) = self { return nodes }
        return []
    }
}

extension HTMLDocument {
    /// Evaluates `expression` (XPath 1.0) with `node` (or the document) as the context node.
    public func evaluate(_ expression: String, in node: HTMLNode? = nil) throws(HTMLError) -> XPathResult {
        cxml_silence_errors()
        guard let context = cxml_xpath_context(docPointer) else {
            throw .invalidXPath(expression: expression, reason: "out of memory")
        }
        defer { xmlXPathFreeContext(context) }
        if let node { context.pointee.node = node.pointer }
        xmlResetLastError()
        guard let object = xmlXPathEvalExpression(expression, context) else {
            throw .invalidXPath(expression: expression, reason: Self.lastErrorMessage() ?? "does not evaluate")
        }
        defer { xmlXPathFreeObject(object) }
        switch object.pointee.type {
        case XPATH_NODESET:
            var nodes: [HTMLNode] = []
            if let set = object.pointee.nodesetval, let table = set.pointee.nodeTab {
                nodes.reserveCapacity(Int(set.pointee.nodeNr))
                for index in 0..<Int(set.pointee.nodeNr) {
                    if let n = table[index] { nodes.append(HTMLNode(document: self, raw: UnsafeMutableRawPointer(n))) }
                }
            }
            return .nodes(nodes)
        case XPATH_STRING:
            return .string(object.pointee.stringval.map { String(cString: $0) } ?? "")
        case XPATH_NUMBER:
            return .number(object.pointee.floatval)
        case XPATH_BOOLEAN:
            return .boolean(object.pointee.boolval != 0)
        default:
            throw .invalidXPath(expression: expression, reason: "gives a result type mtm does not use")
        }
    }

    /// The nodes `expression` selects (empty when it gives a scalar).
    public func select(_ expression: String, in node: HTMLNode? = nil) throws(HTMLError) -> [HTMLNode] {
        try evaluate(expression, in: node).nodes
    }

    /// The raw contents of every `<script>` whose `type` contains `type` (case-insensitive), in document order:
    /// `scriptContents(ofType: "ld+json")` gives the page's JSON-LD blocks.
    public func scriptContents(ofType type: String) throws(HTMLError) -> [String] {
        let lower = type.lowercased().filter { $0 != "'" }
        return try select("//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                          + "'abcdefghijklmnopqrstuvwxyz'), '\(lower)')]").map(\.rawContent)
    }

    /// Checks that `expression` compiles, without a document (for validating site profiles when they load).
    public static func checkXPath(_ expression: String) throws(HTMLError) {
        cxml_silence_errors()
        xmlResetLastError()
        guard let compiled = xmlXPathCompile(expression) else {
            throw .invalidXPath(expression: expression, reason: lastErrorMessage() ?? "does not compile")
        }
        xmlXPathFreeCompExpr(compiled)
    }

    static func lastErrorMessage() -> String? {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        return String(cString: message).trimmingASCIIWhitespace()
    }
}

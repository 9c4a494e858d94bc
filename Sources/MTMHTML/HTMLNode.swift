internal import CLibXML2

/// A node of an `HTMLDocument`: an element, a text node or an attribute (from XPath `@name`). Keeps its document
/// alive. Values are read on demand from libxml2's tree.
public struct HTMLNode {
    public enum Kind: Sendable, Hashable {
        case element, text, attribute, comment, other
    }

    public let document: HTMLDocument
    let raw: UnsafeMutableRawPointer

    init(document: HTMLDocument, raw: UnsafeMutableRawPointer) {
        self.document = document
        self.raw = raw
    }

    var pointer: xmlNodePtr { raw.assumingMemoryBound(to: xmlNode.self) }

    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_ATTRIBUTE_NODE: return .attribute
        case XML_COMMENT_NODE: return .comment
        default: return .other
        }
    }

    /// Lower-case element or attribute name (`div`, `aria-label`); `text` for text nodes.
    public var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The value of attribute `name`, or nil when absent.
    public func attribute(_ name: String) -> String? {
        guard kind == .element, let value = xmlGetProp(pointer, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// All attributes in document order.
    public var attributes: [(name: String, value: String)] {
        guard kind == .element else { return [] }
        var result: [(name: String, value: String)] = []
        var property = pointer.pointee.properties
        while let p = property {
            let name = p.pointee.name.map { String(cString: $0) } ?? ""
            result.append((name, attribute(name) ?? ""))
            property = p.pointee.next
        }
        return result
    }

    public var parent: HTMLNode? {
        pointer.pointee.parent.map { HTMLNode(document: document, raw: UnsafeMutableRawPointer($0)) }
    }

    /// Child nodes (elements, text, comments) in order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let c = child {
            result.append(HTMLNode(document: document, raw: UnsafeMutableRawPointer(c)))
            child = c.pointee.next
        }
        return result
    }

    /// Child elements only.
    public var elementChildren: [HTMLNode] {
        children.filter { $0.kind == .element }
    }

    /// The raw character content of the subtree, as libxml2 joins it (no line breaks for `<br>`). For script
    /// contents (JSON-LD) and attribute values; use `text()` for what a reader sees.
    public var rawContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { cxml_free(content) }
        return String(cString: content)
    }

    /// Whether two values refer to the same node.
    public func isSame(as other: HTMLNode) -> Bool { raw == other.raw }

    /// Whether this node is `other` or lies inside it.
    public func isInside(_ other: HTMLNode) -> Bool {
        var node: xmlNodePtr? = pointer
        while let n = node {
            if UnsafeMutableRawPointer(n) == other.raw { return true }
            node = n.pointee.parent
        }
        return false
    }
}

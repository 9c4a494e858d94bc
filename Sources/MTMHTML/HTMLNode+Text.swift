internal import CLibXML2

extension HTMLNode {
    /// Elements whose content a reader never sees.
    static let invisibleElements: Set<String> = ["script", "style", "noscript", "template", "head", "title",
                                                  "svg", "iframe", "object", "button", "select", "input"]
    /// Elements that end a line (block-level in HTML's default style sheet).
    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "hr", "form", "address", "figure", "figcaption", "main",
        "nav", "aside", "fieldset", "details", "summary", "body", "html",
    ]

    /// The text a reader sees in this subtree: scripts, styles and hidden descendants (`hidden`, `display:none`,
    /// `visibility:hidden`, `aria-hidden="true"`) dropped; `<br>` and block ends become line breaks; runs of
    /// white space become one space; at most one blank line in a row. Walks node by node without recursion, so
    /// "week.<br>Not" stays two lines and deep trees cannot exhaust the stack.
    public func text() -> String {
        switch kind {
        case .text, .attribute: return Self.collapse(rawContent)
        case .comment, .other: return ""
        case .element: break
        }
        var builder = TextBuilder()
        let root = pointer
        var node = root.pointee.children
        while let n = node {
            let descend = enter(n, into: &builder)
            if descend, let child = n.pointee.children {
                node = child
                continue
            }
            if descend { leave(n, into: &builder) }
            var current = n
            while current.pointee.next == nil {
                guard let up = current.pointee.parent, up != root else { return builder.finish() }
                leave(up, into: &builder)
                current = up
            }
            node = current.pointee.next
        }
        return builder.finish()
    }

    /// Whether the element is hidden by its own attributes.
    public var isHidden: Bool {
        guard kind == .element else { return false }
        if xmlHasProp(pointer, "hidden") != nil { return true }
        if attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        return false
    }

    private func enter(_ n: xmlNodePtr, into builder: inout TextBuilder) -> Bool {
        switch n.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = n.pointee.content { builder.append(String(cString: content)) }
            return false
        case XML_ELEMENT_NODE:
            let element = HTMLNode(document: document, raw: UnsafeMutableRawPointer(n))
            let name = element.name
            if Self.invisibleElements.contains(name) || element.isHidden { return false }
            if name == "br" { builder.lineBreak() }
            if name == "td" || name == "th" { builder.space() }
            if Self.blockElements.contains(name) { builder.blockBreak() }
            return true
        default:
            return false
        }
    }

    private func leave(_ n: xmlNodePtr, into builder: inout TextBuilder) {
        guard n.pointee.type == XML_ELEMENT_NODE, let raw = n.pointee.name else { return }
        if Self.blockElements.contains(String(cString: raw)) { builder.blockBreak() }
    }

    static func collapse(_ text: String) -> String {
        var builder = TextBuilder()
        builder.append(text)
        return builder.finish()
    }
}

/// Accumulates visible text with HTML's white-space rules.
struct TextBuilder {
    private var output = ""
    private var pendingSpace = false
    private var atLineStart = true
    private var newlines = 0
    /// At most one blank line between paragraphs.
    static let maximumNewlines = 2

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.isCollapsible(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !atLineStart { output.append(" ") }
            pendingSpace = false
            output.unicodeScalars.append(scalar)
            atLineStart = false
            newlines = 0
        }
    }

    mutating func space() { pendingSpace = true }

    mutating func lineBreak() {
        pendingSpace = false
        guard !output.isEmpty, newlines < Self.maximumNewlines else { return }
        output.append("\n")
        newlines += 1
        atLineStart = true
    }

    mutating func blockBreak() {
        if !atLineStart { lineBreak() }
    }

    mutating func finish() -> String {
        while output.last == "\n" { output.removeLast() }
        return output
    }

    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x200B: return true
        default: return false
        }
    }
}

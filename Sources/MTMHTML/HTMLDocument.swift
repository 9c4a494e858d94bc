internal import CLibXML2

/// A parsed HTML page. Owns libxml2's document, which is freed when the last reference goes; nodes keep their
/// document alive. Not thread-safe: use one document per thread.
public final class HTMLDocument {
    /// libxml2 takes an `int` length.
    public static let maximumInputBytes = Int(Int32.max)

    let doc: UnsafeMutableRawPointer
    /// Where the page came from (file path or URL), for messages.
    public let source: String
    /// Problems met while parsing that did not stop it: an unknown charset, a tree cut short.
    public private(set) var warnings: [String] = []

    /// Parses `bytes` as HTML with recovery, no network access and no external entities.
    /// - Parameters:
    ///   - source: file path or URL, used as the document's base URL and in messages.
    ///   - charset: the charset from the HTTP `Content-Type` header, if any. When nil, the page's own
    ///     `<meta charset>` / `http-equiv` declaration is honoured (libxml2 reads it), else UTF-8 is assumed.
    public init(bytes: [UInt8], source: String, charset: String? = nil) throws(HTMLError) {
        guard !bytes.isEmpty else { throw .emptyInput(source: source) }
        guard bytes.count <= Self.maximumInputBytes else {
            throw .inputTooLarge(source: source, bytes: bytes.count)
        }
        cxml_silence_errors()
        var encoding = charset?.trimmingASCIIWhitespace()
        if let name = encoding, cxml_encoding_supported(name) == 0 {
            warnings.append("unknown charset '\(name)'; the page's own declaration or UTF-8 is used instead")
            encoding = nil
        }
        guard let context = htmlNewParserCtxt() else {
            throw .parseFailed(source: source, reason: "out of memory")
        }
        defer { htmlFreeParserCtxt(context) }
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), source, encoding,
                                   cxml_html_parse_options())
            }
        }
        guard let parsed else {
            let reason = cxml_parser_last_message(context).map { String(cString: $0).trimmingASCIIWhitespace() }
            throw .parseFailed(source: source, reason: reason ?? "no document")
        }
        doc = UnsafeMutableRawPointer(parsed)
        self.source = source
        if cxml_parser_halted(context) != 0 {
            let reason = cxml_parser_last_message(context).map { String(cString: $0).trimmingASCIIWhitespace() }
            warnings.append("the parser stopped early (\(reason ?? "unknown reason")); the rest of the page is ignored")
        }
    }

    /// Parses a string (already decoded, so any charset declaration in it is ignored).
    public convenience init(html: String, source: String = "<string>") throws(HTMLError) {
        try self.init(bytes: Array(html.utf8), source: source, charset: "UTF-8")
    }

    deinit {
        xmlFreeDoc(docPointer)
    }

    var docPointer: xmlDocPtr { doc.assumingMemoryBound(to: xmlDoc.self) }

    /// The `<html>` element (or whatever libxml2 made the root).
    public var root: HTMLNode? {
        xmlDocGetRootElement(docPointer).map { HTMLNode(document: self, raw: UnsafeMutableRawPointer($0)) }
    }

    /// The charset the page declared, as libxml2 read it (nil when none was declared).
    public var declaredEncoding: String? {
        docPointer.pointee.encoding.map { String(cString: $0) }
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

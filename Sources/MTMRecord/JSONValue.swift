/// A parsed JSON value that keeps object keys in document order. Used for JSON/JSONL ingest (dotted field paths),
/// JSON-LD in scraped pages, partial aggregates and configuration.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case let .bool(b): hasher.combine(b)
        case let .number(n): hasher.combine(n)
        case let .string(s): hasher.combine(s)
        case let .array(a): hasher.combine(a)
        case let .object(o): for (k, v) in o { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// The member `key` of an object (first occurrence), else nil.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Follows a dotted path such as `review.body` or `items.0.text` (numbers index arrays).
    public func value(atPath path: String) -> JSONValue? {
        var current: JSONValue? = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let node = current else { return nil }
            if case let .array(items) = node, let index = Int(part) {
                current = items.indices.contains(index) ? items[index] : nil
            } else {
                current = node[String(part)]
            }
        }
        return current
    }

    public var stringValue: String? {
        if case let .string(s) = self { return s }
        return nil
    }

    public var doubleValue: Double? {
        switch self {
        case let .number(n): return n
        case let .string(s): return Double(s.trimmingASCIISpaces())
        default: return nil
        }
    }

    /// Scalars as text (numbers without a needless `.0`); nil for null, arrays and objects.
    public var scalarText: String? {
        switch self {
        case let .string(s): return s
        case let .number(n): return JSONWriter.format(n)
        case let .bool(b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// Compact JSON text for this value, keys in their stored order.
    public var jsonText: String {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.output
    }

    public func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case let .bool(b): writer.bool(b)
        case let .number(n): writer.number(n)
        case let .string(s): writer.string(s)
        case let .array(items):
            writer.beginArray()
            for item in items { item.write(to: &writer) }
            writer.endArray()
        case let .object(members):
            writer.beginObject()
            for (k, v) in members { writer.key(k); v.write(to: &writer) }
            writer.endObject()
        }
    }
}

extension String {
    func trimmingASCIISpaces() -> Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return s
    }
}

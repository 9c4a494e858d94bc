/// Writes JSON text with keys in the order they are added, so output follows the documented field order and the
/// same input gives the same bytes. Numbers use Swift's shortest round-trip form; non-finite numbers become null.
public struct JSONWriter: Sendable {
    public private(set) var output: String = ""
    /// Per open container, whether it already holds an element (so the next one needs a comma): one bit per level,
    /// innermost in bit 0, so writing a record allocates nothing but its output.
    private var hasElement: UInt64 = 0
    private var depth = 0

    public init() {}

    /// A writer whose output has room for `capacity` bytes (a caller that knows the size avoids regrowth).
    public init(reservingCapacity capacity: Int) { output.reserveCapacity(capacity) }

    public mutating func beginObject() { valuePrefix(); output += "{"; push() }
    public mutating func endObject() { pop(); output += "}" }
    public mutating func beginArray() { valuePrefix(); output += "["; push() }
    public mutating func endArray() { pop(); output += "]" }

    /// Writes `"name":` inside an object; the next value call writes its value.
    public mutating func key(_ name: String) {
        separate()
        Self.appendQuoted(name, to: &output)
        output += ":"
        pendingKey = true
    }

    /// Containers nest at most 64 deep (mtm's documents nest 4).
    private mutating func push() {
        precondition(depth < 64, "JSONWriter: more than 64 nested containers")
        hasElement <<= 1
        depth += 1
    }

    private mutating func pop() {
        hasElement >>= 1
        depth -= 1
    }

    /// A comma before every element of a container but its first.
    private mutating func separate() {
        guard depth > 0 else { return }
        if hasElement & 1 == 1 { output += "," }
        hasElement |= 1
    }

    public mutating func string(_ value: String) { valuePrefix(); Self.appendQuoted(value, to: &output) }
    public mutating func number(_ value: Double) { valuePrefix(); output += Self.format(value) }
    public mutating func number(_ value: Int) { valuePrefix(); output += String(value) }
    public mutating func bool(_ value: Bool) { valuePrefix(); output += value ? "true" : "false" }
    public mutating func null() { valuePrefix(); output += "null" }
    /// Inserts already-encoded JSON text as a value.
    public mutating func raw(_ json: String) { valuePrefix(); output += json }

    // Convenience: key and value in one call; nil writes nothing unless `keepNull`.
    public mutating func field(_ name: String, _ value: String?, keepNull: Bool = false) {
        if let value { key(name); string(value) } else if keepNull { key(name); null() }
    }
    public mutating func field(_ name: String, _ value: Double?, keepNull: Bool = false) {
        if let value { key(name); number(value) } else if keepNull { key(name); null() }
    }
    public mutating func field(_ name: String, _ value: Int?, keepNull: Bool = false) {
        if let value { key(name); number(value) } else if keepNull { key(name); null() }
    }
    public mutating func field(_ name: String, _ value: Bool?) {
        if let value { key(name); bool(value) }
    }

    private var pendingKey = false

    private mutating func valuePrefix() {
        if pendingKey { pendingKey = false; return }
        separate()
    }

    /// Shortest round-trip text for a double; integers print without a fraction; NaN and ±∞ print as null.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendQuoted(_ value: String, to out: inout String) {
        out += "\""
        // Most strings need no escape: append them whole, with no per-piece String built.
        if !value.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            out += value
            out += "\""
            return
        }
        var plainStart = value.utf8.startIndex
        let utf8 = value.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                out += value[plainStart..<i]
                switch byte {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default:
                    let hex = String(byte, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                plainStart = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += value[plainStart..<utf8.endIndex]
        out += "\""
    }
}

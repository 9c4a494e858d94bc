/// Writes JSON text with keys in the order they are added, so output follows the documented field order and the
/// same input gives the same bytes. Numbers use Swift's shortest round-trip form; non-finite numbers become null.
///
/// The text is built as UTF-8 bytes (`bytes`): appending to a `String` piece by piece cost more than scoring a
/// sentence in `mtm score`. Writers that pass the result on as bytes avoid the final copy into `output`.
public struct JSONWriter: Sendable {
    /// The JSON text so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Per open container, whether it already holds an element (so the next one needs a comma): one bit per level,
    /// innermost in bit 0, so writing a record allocates nothing but its output.
    private var hasElement: UInt64 = 0
    private var depth = 0
    private var pendingKey = false

    public init() {}

    /// A writer whose output has room for `capacity` bytes (a caller that knows the size avoids regrowth).
    public init(reservingCapacity capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The JSON text so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { valuePrefix(); bytes.append(UInt8(ascii: "{")); push() }
    public mutating func endObject() { pop(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { valuePrefix(); bytes.append(UInt8(ascii: "[")); push() }
    public mutating func endArray() { pop(); bytes.append(UInt8(ascii: "]")) }

    /// Writes `"name":` inside an object; the next value call writes its value.
    public mutating func key(_ name: String) {
        separate()
        Self.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        pendingKey = true
    }

    /// Writes a key encoded beforehand (`JSONKey`): the same bytes as `key(_:)` with its name, without quoting it
    /// again for every record.
    public mutating func key(_ key: JSONKey) {
        separate()
        bytes.append(contentsOf: key.encoded)
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
        if hasElement & 1 == 1 { bytes.append(UInt8(ascii: ",")) }
        hasElement |= 1
    }

    public mutating func string(_ value: String) { valuePrefix(); Self.appendQuoted(value, to: &bytes) }
    /// A string given as valid UTF-8 bytes (a slice of a text, without building a String).
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        valuePrefix()
        Self.appendQuoted(utf8: value, to: &bytes)
    }
    /// A string made of `prefix` (valid UTF-8) and an integer's digits, such as the id "reviews.txt:12", without
    /// building it as a String first.
    public mutating func string(utf8 prefix: UnsafeBufferPointer<UInt8>, followedBy integer: Int) {
        valuePrefix()
        Self.appendQuoted(utf8: prefix, to: &bytes)
        bytes.removeLast()
        Self.appendInteger(integer, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }
    /// Ends a line of JSON Lines after a complete top-level value, so one writer can hold many records.
    public mutating func endLine() {
        precondition(depth == 0, "JSONWriter: a line ends inside a container")
        bytes.append(UInt8(ascii: "\n"))
    }
    public mutating func number(_ value: Double) { valuePrefix(); Self.appendNumber(value, to: &bytes) }
    public mutating func number(_ value: Int) { valuePrefix(); Self.appendInteger(value, to: &bytes) }
    public mutating func bool(_ value: Bool) { valuePrefix(); Self.append(value ? "true" : "false", to: &bytes) }
    public mutating func null() { valuePrefix(); Self.append("null", to: &bytes) }
    /// Inserts already-encoded JSON text as a value.
    public mutating func raw(_ json: String) { valuePrefix(); Self.append(json, to: &bytes) }

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

    public mutating func field(_ key: JSONKey, _ value: String) { self.key(key); string(value) }
    public mutating func field(_ key: JSONKey, _ value: Double) { self.key(key); number(value) }
    public mutating func field(_ key: JSONKey, _ value: Int) { self.key(key); number(value) }

    private mutating func valuePrefix() {
        if pendingKey { pendingKey = false; return }
        separate()
    }

    /// Shortest round-trip text for a double; integers print without a fraction; NaN and ±∞ print as null.
    public static func format(_ value: Double) -> String {
        var out: [UInt8] = []
        appendNumber(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// An object key quoted once (`"name":`), for writers that put the same keys in every record.
public struct JSONKey: Sendable, Hashable {
    let encoded: [UInt8]

    public init(_ name: String) {
        var encoded: [UInt8] = []
        JSONWriter.appendQuoted(name, to: &encoded)
        encoded.append(UInt8(ascii: ":"))
        self.encoded = encoded
    }
}

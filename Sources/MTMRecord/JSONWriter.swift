/// Writes JSON text with keys in the order they are added, so output follows the documented field order and the
/// same input gives the same bytes. Numbers use Swift's shortest round-trip form; non-finite numbers become null.
///
/// The text is built as UTF-8 bytes in a buffer that each value writes through a pointer after one capacity check
/// (`JSONWriter+Bytes.swift`): appending to an array byte by byte, with a capacity and uniqueness check for every
/// byte, made writing a record in `mtm score` cost a fifth of scoring it. Writers that pass the result on as bytes
/// (`withBytes(_:)`) avoid the final copy into `output`.
public struct JSONWriter: Sendable {
    /// The text is `storage[0..<length]`; the rest of `storage` is zero-filled room for the next values.
    var storage: [UInt8] = []
    var length = 0
    /// Per open container, whether it already holds an element (so the next one needs a comma): one bit per level,
    /// innermost in bit 0, so writing a record allocates nothing but its output.
    private var hasElement: UInt64 = 0
    private var depth = 0
    private var pendingKey = false

    public init() {}

    /// A writer whose output has room for `capacity` bytes (a caller that knows the size avoids regrowth).
    public init(reservingCapacity capacity: Int) { storage = Self.zeroed(count: max(capacity, 0), copying: []) }

    /// Empties the writer but keeps its buffer, for a writer reused from batch to batch (filling a new buffer's
    /// room with zeros, hundreds of kilobytes a batch, cost more than writing a record).
    public mutating func removeAll() {
        length = 0
        hasElement = 0
        depth = 0
        pendingKey = false
    }

    /// The JSON text so far, as UTF-8.
    public var bytes: [UInt8] { Array(storage[..<length]) }

    /// Calls `body` with the JSON text so far, as UTF-8, without copying it.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<length])) }
    }

    /// The JSON text so far.
    public var output: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    public mutating func beginObject() { let comma = valuePrefix(); put(UInt8(ascii: "{"), afterComma: comma); push() }
    public mutating func endObject() { pop(); put(UInt8(ascii: "}"), afterComma: false) }
    public mutating func beginArray() { let comma = valuePrefix(); put(UInt8(ascii: "["), afterComma: comma); push() }
    public mutating func endArray() { pop(); put(UInt8(ascii: "]"), afterComma: false) }

    /// Writes `"name":` inside an object; the next value call writes its value.
    public mutating func key(_ name: String) {
        let comma = separator()
        if comma { put(UInt8(ascii: ","), afterComma: false) }
        var name = name
        name.withUTF8 { appendQuoted(utf8: $0, closing: true) }
        put(UInt8(ascii: ":"), afterComma: false)
        pendingKey = true
    }

    /// Writes a key encoded beforehand (`JSONKey`): the same bytes as `key(_:)` with its name, copied with a few
    /// word stores rather than quoted again for every record.
    public mutating func key(_ key: JSONKey) {
        append(key, afterComma: separator())
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

    /// Whether the next element of the container needs a comma before it (every element but its first does); marks
    /// the container as holding one.
    private mutating func separator() -> Bool {
        guard depth > 0 else { return false }
        defer { hasElement |= 1 }
        return hasElement & 1 == 1
    }

    /// Whether a value needs a comma before it: not after a key, else as an element of its container.
    private mutating func valuePrefix() -> Bool {
        if pendingKey { pendingKey = false; return false }
        return separator()
    }

    public mutating func string(_ value: String) {
        if valuePrefix() { put(UInt8(ascii: ","), afterComma: false) }
        var value = value
        value.withUTF8 { appendQuoted(utf8: $0, closing: true) }
    }
    /// A string given as valid UTF-8 bytes (a slice of a text, without building a String).
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        if valuePrefix() { put(UInt8(ascii: ","), afterComma: false) }
        appendQuoted(utf8: value, closing: true)
    }
    /// A string made of `prefix` (valid UTF-8) and an integer's digits, such as the id "reviews.txt:12", without
    /// building it as a String first.
    public mutating func string(utf8 prefix: UnsafeBufferPointer<UInt8>, followedBy integer: Int) {
        let comma = valuePrefix()
        if let base = prefix.baseAddress, Self.firstEscape(in: prefix, from: 0) == prefix.count {
            // Nothing to escape (a file name, as a rule): the whole string in one write.
            write(reserving: prefix.count + Self.integerRoom + 3) { p in
                var at = 0
                if comma { p[0] = UInt8(ascii: ","); at = 1 }
                p[at] = UInt8(ascii: "\"")
                (p + at + 1).update(from: base, count: prefix.count)
                at += 1 + prefix.count
                at += Self.writeInteger(integer, to: p + at)
                p[at] = UInt8(ascii: "\"")
                return at + 1
            }
            return
        }
        if comma { put(UInt8(ascii: ","), afterComma: false) }
        appendQuoted(utf8: prefix, closing: false)
        write(reserving: Self.integerRoom + 1) { p in
            let n = Self.writeInteger(integer, to: p)
            p[n] = UInt8(ascii: "\"")
            return n + 1
        }
    }
    /// Ends a line of JSON Lines after a complete top-level value, so one writer can hold many records.
    public mutating func endLine() {
        precondition(depth == 0, "JSONWriter: a line ends inside a container")
        put(UInt8(ascii: "\n"), afterComma: false)
    }
    public mutating func number(_ value: Double) { appendNumber(value, afterComma: valuePrefix()) }
    public mutating func number(_ value: Int) {
        let comma = valuePrefix()
        write(reserving: Self.integerRoom + 1) { p in
            if comma { p[0] = UInt8(ascii: ",") }
            let at = comma ? 1 : 0
            return at + Self.writeInteger(value, to: p + at)
        }
    }
    /// `value` rounded to 4 decimals as `(value * 10_000).rounded() / 10_000`, written as `number(_:)` writes that
    /// double, but from the rounded integer's digits (`appendFourDecimals`).
    public mutating func number(fourDecimals value: Double) { appendFourDecimals(value, afterComma: valuePrefix()) }
    public mutating func bool(_ value: Bool) {
        if valuePrefix() { put(UInt8(ascii: ","), afterComma: false) }
        append(value ? "true" : "false")
    }
    public mutating func null() {
        if valuePrefix() { put(UInt8(ascii: ","), afterComma: false) }
        append("null")
    }
    /// Inserts already-encoded JSON text as a value.
    public mutating func raw(_ json: String) {
        if valuePrefix() { put(UInt8(ascii: ","), afterComma: false) }
        append(json)
    }

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
    /// `key` and `number(value)`, in one write when the key fits inline.
    public mutating func field(_ key: JSONKey, _ value: Int) {
        let comma = separator()
        guard key.fitsInline else { append(key, afterComma: comma); pendingKey = true; number(value); return }
        write(reserving: JSONKey.inlineBytes + Self.integerRoom) { p in
            let n = Self.storeInline(key, afterComma: comma, to: p)
            return n + Self.writeInteger(value, to: p + n)
        }
    }
    /// `key` and `number(fourDecimals: value)`, in one write when the key fits inline and the value is in the
    /// short form's range (every score mtm prints).
    public mutating func field(_ key: JSONKey, fourDecimals value: Double) {
        let comma = separator()
        guard key.fitsInline, let k = Self.tenThousandths(rounding: value) else {
            append(key, afterComma: comma)
            pendingKey = true
            number(fourDecimals: value)
            return
        }
        write(reserving: JSONKey.inlineBytes + Self.shortFormRoom) { p in
            let n = Self.storeInline(key, afterComma: comma, to: p)
            return n + Self.writeTenThousandths(k, to: p + n)
        }
    }

    /// Shortest round-trip text for a double; integers print without a fraction; NaN and ±∞ print as null.
    public static func format(_ value: Double) -> String {
        var w = JSONWriter()
        w.number(value)
        return w.output
    }
}

/// An object key quoted once (`"name":`), for writers that put the same keys in every record.
public struct JSONKey: Sendable, Hashable {
    /// `"name":` as UTF-8.
    let encoded: [UInt8]
    /// `"name":` and `,"name":` as little-endian words, zero-padded, when `,"name":` fits in `JSONKey.inlineBytes`
    /// (nearly every key): the writer stores them with four word writes instead of a copy loop.
    let first: Words, next: Words
    var fitsInline: Bool { encoded.count < Self.inlineBytes }

    /// Bytes of a key's inline form (four words).
    static let inlineBytes = 32

    struct Words: Sendable, Hashable {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

        init() {}

        /// The first `inlineBytes` bytes of `bytes`, zero-padded.
        init(_ bytes: [UInt8]) {
            var words: [UInt64] = [0, 0, 0, 0]
            for (i, byte) in bytes.prefix(JSONKey.inlineBytes).enumerated() { words[i / 8] |= UInt64(byte) << (8 * (i % 8)) }
            (w0, w1, w2, w3) = (words[0], words[1], words[2], words[3])
        }
    }

    public init(_ name: String) {
        var encoded: [UInt8] = []
        JSONWriter.appendQuoted(name, to: &encoded)
        encoded.append(UInt8(ascii: ":"))
        self.encoded = encoded
        first = Words(encoded)
        next = Words([UInt8(ascii: ",")] + encoded)
    }
}

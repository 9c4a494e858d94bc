extension JSONWriter {
    /// Room the buffer starts with when it first grows.
    static var minimumCapacity: Int { 256 }
    /// Most bytes an `Int` takes: 19 digits and a sign.
    static var integerRoom: Int { 20 }

    /// Makes room for at least `room` bytes after the text, then lets `body` write them through a pointer to the
    /// text's end; `body` returns how many it wrote (at most `room`). This is the writer's one capacity check per
    /// value: everything a value writes goes through it.
    @inline(__always)
    mutating func write(reserving room: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count &- length < room { grow(toFit: room) }
        let start = length
        let written = storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
        length = start + written
    }

    /// Doubles the buffer (at least), zero-filling the new room.
    @inline(never)
    mutating func grow(toFit room: Int) {
        storage = Self.zeroed(count: Swift.max(storage.count * 2, length + room, Self.minimumCapacity), copying: storage)
    }

    /// `count` bytes: `old`'s, then zeros (one copy and one fill, where `Array(repeating:count:)` and appending a
    /// repeated element went byte by byte).
    static func zeroed(count: Int, copying old: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = buffer.baseAddress!
            let kept = Swift.min(old.count, count)
            old.withUnsafeBufferPointer { if kept > 0 { base.initialize(from: $0.baseAddress!, count: kept) } }
            (base + kept).initialize(repeating: 0, count: count - kept)
            initialized = count
        }
    }

    /// One byte, after a comma when `comma`.
    @inline(__always)
    mutating func put(_ byte: UInt8, afterComma comma: Bool) {
        write(reserving: 2) { p in
            guard comma else { p[0] = byte; return 1 }
            p[0] = UInt8(ascii: ",")
            p[1] = byte
            return 2
        }
    }

    /// Bytes as they are.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        write(reserving: bytes.count) { p in
            if let base = bytes.baseAddress { p.update(from: base, count: bytes.count) }
            return bytes.count
        }
    }

    /// A string's UTF-8 bytes as they are.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// A pre-encoded key (`,"name":` after a comma): four word stores when it fits inline.
    @inline(__always)
    mutating func append(_ key: JSONKey, afterComma comma: Bool) {
        guard key.fitsInline else {
            if comma { put(UInt8(ascii: ","), afterComma: false) }
            key.encoded.withUnsafeBufferPointer { append(bytes: $0) }
            return
        }
        write(reserving: JSONKey.inlineBytes) { Self.storeInline(key, afterComma: comma, to: $0) }
    }

    /// A key that `fitsInline`, after a comma when `comma`, as four word stores (`JSONKey.inlineBytes` bytes, of
    /// which the key's are kept); returns the key's length.
    @inline(__always)
    static func storeInline(_ key: JSONKey, afterComma comma: Bool, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let words = comma ? key.next : key.first
        let raw = UnsafeMutableRawPointer(p)
        raw.storeBytes(of: words.w0.littleEndian, toByteOffset: 0, as: UInt64.self)
        raw.storeBytes(of: words.w1.littleEndian, toByteOffset: 8, as: UInt64.self)
        raw.storeBytes(of: words.w2.littleEndian, toByteOffset: 16, as: UInt64.self)
        raw.storeBytes(of: words.w3.littleEndian, toByteOffset: 24, as: UInt64.self)
        return key.encoded.count + (comma ? 1 : 0)
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        var w = JSONWriter()
        w.string(value)
        w.withBytes { out.append(contentsOf: $0) }
    }

    /// `appendQuoted` on UTF-8 bytes that are valid UTF-8.
    public static func appendQuoted(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var w = JSONWriter()
        w.string(utf8: text)
        w.withBytes { out.append(contentsOf: $0) }
    }

    /// `text` as a JSON string literal (without its closing quote unless `closing`): each run of bytes that need no
    /// escape is copied at once, found eight bytes at a time (`firstEscape`).
    mutating func appendQuoted(utf8 text: UnsafeBufferPointer<UInt8>, closing: Bool) {
        guard let base = text.baseAddress else {
            write(reserving: 2) { p in
                p[0] = UInt8(ascii: "\""); p[1] = UInt8(ascii: "\"")
                return closing ? 2 : 1
            }
            return
        }
        var plainStart = 0
        var opening = true
        while true {
            let stop = Self.firstEscape(in: text, from: plainStart)
            let run = stop - plainStart, last = stop == text.count
            // Opening quote, the run, then an escape (at most 6 bytes) or the closing quote.
            write(reserving: run + 7) { p in
                var at = 0
                if opening { p[0] = UInt8(ascii: "\""); at = 1 }
                (p + at).update(from: base + plainStart, count: run)
                at += run
                if !last { return at + Self.writeEscape(text[stop], to: p + at) }
                if closing { p[at] = UInt8(ascii: "\""); at += 1 }
                return at
            }
            if last { return }
            opening = false
            plainStart = stop + 1
        }
    }

    /// Whether a byte must be escaped in a JSON string: `"`, `\` or a control character.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20
    }

    /// The index of the first byte at or after `start` that `needsEscape`, else `text.count`. Eight bytes at a
    /// time: for a word w, `(x - 0x01…01) & ~x & 0x80…80` is non-zero exactly when a byte of x is zero, and its
    /// lowest set bit marks the first such byte (borrows only run upwards, past it); x = w ^ 0x22…22 finds `"`,
    /// w ^ 0x5C…5C finds `\`, and `(w - 0x20…20) & ~w & 0x80…80` finds bytes below 0x20 the same way.
    static func firstEscape(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = text.count
        let raw = UnsafeRawPointer(text.baseAddress!)
        var i = start
        while i + 8 <= n {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let found = escapeMarks(word)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n, !needsEscape(text[i]) { i += 1 }
        return i
    }

    /// The high bit of each byte of `word` that needs escaping (exact up to the first such byte; see `firstEscape`).
    @inline(__always)
    static func escapeMarks(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & highs
    }

    /// The escape of one byte that `needsEscape` (`\"`, `\\`, `\n`, `\r`, `\t` or `\u00XX`); returns its length.
    static func writeEscape(_ byte: UInt8, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): p[1] = byte
        case 0x0A: p[1] = UInt8(ascii: "n")
        case 0x0D: p[1] = UInt8(ascii: "r")
        case 0x09: p[1] = UInt8(ascii: "t")
        default:
            p[1] = UInt8(ascii: "u"); p[2] = UInt8(ascii: "0"); p[3] = UInt8(ascii: "0")
            p[4] = hexDigit(byte >> 4); p[5] = hexDigit(byte & 0xF)
            return 6
        }
        return 2
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// Decimal text of an integer (at most `integerRoom` bytes); returns its length.
    @inline(__always)
    static func writeInteger(_ value: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        guard value < 0 else { return writeDigits(value.magnitude, to: p) }
        p[0] = UInt8(ascii: "-")
        return 1 + writeDigits(value.magnitude, to: p + 1)
    }

    /// Decimal digits of `n` (at most 20), counted first and then made right to left: division by the constant 10
    /// is a multiply.
    @inline(__always)
    static func writeDigits(_ n: UInt, to p: UnsafeMutablePointer<UInt8>) -> Int {
        // One digit: the integer part of nearly every score.
        if n < 10 { p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n); return 1 }
        var count = 2, limit: UInt = 100
        while count < 20, n >= limit { count += 1; limit = limit &* 10 }
        var rest = n, at = count
        repeat {
            at -= 1
            p[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while at > 0
        return count
    }
}

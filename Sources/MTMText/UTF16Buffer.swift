internal import CICU

/// A growable UTF-16 buffer at a stable address, reused across documents so ICU iterators can keep pointing at it.
final class UTF16Buffer {
    private(set) var pointer: UnsafeMutablePointer<UInt16>
    private(set) var capacity: Int
    private(set) var count = 0
    /// Every unit is below 0x80 (so UTF-16, UTF-8 and scalar offsets coincide).
    private(set) var isASCII = true
    /// The text's UTF-8 bytes, valid only while `isASCII` (then byte `i` is unit `i`), with `bytePadding` bytes
    /// readable past the end so that a token's bytes can be read as two whole words (`SmallASCIIString.pack`).
    private(set) var bytes: UnsafeMutablePointer<UInt8>

    /// Units allocated past `capacity`, so word-at-a-time readers (`ASCIILanes`) may read a few units past the
    /// end of the text.
    static let padding = 4
    /// Bytes allocated past `capacity` in `bytes`: `SmallASCIIString.pack` reads 16 bytes from a token's start.
    static let bytePadding = 16

    init(capacity: Int = 4096) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity + Self.padding)
        bytes = .allocate(capacity: capacity + Self.bytePadding)
        bytes.initialize(repeating: 0, count: capacity + Self.bytePadding)
    }

    deinit {
        pointer.deallocate()
        bytes.deallocate()
    }

    /// Replaces the contents with `text` as UTF-16 in one pass: ASCII is widened here, eight bytes at a time;
    /// anything else goes through `u_strFromUTF8`. A UTF-8 string never needs more UTF-16 units than it has bytes,
    /// so its byte count is the capacity needed.
    func load(_ text: String) {
        var text = text
        let converted: Bool = text.withUTF8 { utf8 in
            reserve(max(utf8.count, 1))
            guard utf8.count > 0 else { count = 0; isASCII = true; return true }
            isASCII = widenASCII(utf8)
            if isASCII { count = utf8.count; return true }
            guard utf8.count < Int(Int32.max) else { return false }
            var length: Int32 = 0
            var status = U_ZERO_ERROR
            utf8.withMemoryRebound(to: CChar.self) { bytes in
                _ = u_strFromUTF8WithSub(pointer, Int32(capacity), &length, bytes.baseAddress, Int32(bytes.count),
                                         0xFFFD, nil, &status)
            }
            count = Int(length)
            return status.rawValue <= 0
        }
        if !converted {
            // Only reachable for texts over 2 GB (ICU lengths are 32-bit): convert in Swift instead.
            var i = 0
            for unit in text.utf16 where i < capacity { pointer[i] = unit; i += 1 }
            count = i
            isASCII = false
        }
    }

    /// Copies `utf8` into the buffer as UTF-16, and into `bytes`, if it is all ASCII; false (buffer contents
    /// undefined) if not.
    private func widenASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let source = utf8.baseAddress else { return true }
        let n = utf8.count
        let bytes = self.bytes
        var i = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
            guard word & 0x8080_8080_8080_8080 == 0 else { return false }
            // Bytes b0…b7 spread into two words of four 16-bit lanes each (shifts and masks, not eight stores).
            let target = UnsafeMutableRawPointer(pointer + i)
            target.storeBytes(of: Self.widen(word & 0xFFFF_FFFF), as: UInt64.self)
            target.storeBytes(of: Self.widen(word >> 32), toByteOffset: 8, as: UInt64.self)
            UnsafeMutableRawPointer(bytes + i).storeBytes(of: word, as: UInt64.self)
            i += 8
        }
        while i < n {
            guard source[i] < 0x80 else { return false }
            pointer[i] = UInt16(source[i])
            bytes[i] = source[i]
            i += 1
        }
        return true
    }

    /// The four bytes in the low half of `bytes` as four 16-bit lanes (b0 b1 b2 b3 → b0 0 b1 0 b2 0 b3 0).
    @inline(__always) private static func widen(_ bytes: UInt64) -> UInt64 {
        let pairs = (bytes | bytes << 16) & 0x0000_FFFF_0000_FFFF
        return (pairs | pairs << 8) & 0x00FF_00FF_00FF_00FF
    }

    private func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        pointer.deallocate()
        bytes.deallocate()
        capacity = max(needed, capacity * 2)
        pointer = .allocate(capacity: capacity + Self.padding)
        bytes = .allocate(capacity: capacity + Self.bytePadding)
        bytes.initialize(repeating: 0, count: capacity + Self.bytePadding)
    }

    @inline(__always) subscript(i: Int) -> UInt16 { pointer[i] }

    /// The code point starting at UTF-16 index `i` (a surrogate pair read whole).
    @inline(__always) func codePoint(at i: Int) -> Int32 {
        let unit = pointer[i]
        if unit & 0xFC00 == 0xD800, i + 1 < count {
            let low = pointer[i + 1]
            if low & 0xFC00 == 0xDC00 {
                return Int32(0x10000 + ((Int(unit) - 0xD800) << 10) + (Int(low) - 0xDC00))
            }
        }
        return Int32(unit)
    }

    /// The code point ending just before UTF-16 index `i`.
    @inline(__always) func codePoint(before i: Int) -> Int32 {
        let unit = pointer[i - 1]
        if unit & 0xFC00 == 0xDC00, i >= 2 {
            let high = pointer[i - 2]
            if high & 0xFC00 == 0xD800 {
                return Int32(0x10000 + ((Int(high) - 0xD800) << 10) + (Int(unit) - 0xDC00))
            }
        }
        return Int32(unit)
    }

    /// The text of a span, as a String.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: pointer + range.lowerBound, count: range.count), as: UTF16.self)
    }
}

/// Walks a UTF-16 buffer forwards, keeping the matching UTF-8 byte and scalar offsets. Boundaries only move
/// forwards, so mapping all of a document's boundaries costs one pass.
struct OffsetCursor {
    var u16 = 0
    var u8 = 0
    var scalar = 0

    /// Inlined for ASCII text, where all three offsets are the target (four calls per token otherwise).
    @inline(__always) mutating func advance(to target: Int, in buffer: UTF16Buffer) {
        if buffer.isASCII { return advanceASCII(to: target) }
        walk(to: target, in: buffer)
    }

    /// `advance` for all-ASCII text, where the offsets are all the unit index.
    @inline(__always) mutating func advanceASCII(to target: Int) {
        if target > u16 { u16 = target; u8 = target; scalar = target }
    }

    @inline(never) private mutating func walk(to target: Int, in buffer: UTF16Buffer) {
        let p = buffer.pointer
        while u16 < target {
            let unit = p[u16]
            if unit < 0x80 {
                u8 += 1; u16 += 1
            } else if unit < 0x800 {
                u8 += 2; u16 += 1
            } else if unit & 0xFC00 == 0xD800, u16 + 1 < buffer.count, p[u16 + 1] & 0xFC00 == 0xDC00 {
                u8 += 4; u16 += 2
            } else {
                u8 += 3; u16 += 1
            }
            scalar += 1
        }
    }
}

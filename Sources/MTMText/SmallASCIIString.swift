/// Makes the `String` of a short ASCII norm without validating, copying or allocating: Swift stores a string of at
/// most 15 UTF-8 bytes inline in the String value itself ("small string"), so the norm's bytes packed into two words
/// are the String. Validation and a table of cached Strings were a quarter of the text stage's norm work; this is a
/// few instructions and touches no memory beyond the bytes.
///
/// The layout belongs to the standard library (`_StringObject`: on 64-bit platforms bytes 0–14 in order, then a
/// discriminator byte 0xE0 | count for an immortal small ASCII string). `isSupported` checks it once against Strings
/// made the ordinary way; where it does not hold, callers make the String the ordinary way.
enum SmallASCIIString {
    /// Longest norm stored inline.
    static let capacity = 15

    /// True when `make` gives bit for bit the String that `String(decoding:as:)` gives on this platform.
    static func checkSupported() -> Bool {
        guard MemoryLayout<String>.size == 16, MemoryLayout<(UInt64, UInt64)>.size == 16 else { return false }
        let probes = ["", "a", "no", "don't", "abcdefgh", "abcdefghi", "Mixed_Case@123.", "0123456789abcde"]
        for probe in probes {
            let bytes = Array(probe.utf8) + [UInt8](repeating: 0xFF, count: 16)
            let made = bytes.withUnsafeBufferPointer { buffer in
                let (lo, hi) = pack(buffer.baseAddress!, count: probe.utf8.count)
                return make(lo, hi, count: probe.utf8.count)
            }
            let ordinary = String(decoding: probe.utf8, as: UTF8.self)
            guard unsafeBitCast(made, to: (UInt64, UInt64).self) == unsafeBitCast(ordinary, to: (UInt64, UInt64).self),
                  made == probe, made.utf8.count == probe.utf8.count
            else { return false }
        }
        return true
    }

    /// `count` (≤ 15) bytes at `bytes` packed little-endian into two words, the rest zero. Reads 16 bytes: the
    /// buffer must hold that many.
    @inline(__always) static func pack(_ bytes: UnsafePointer<UInt8>, count: Int) -> (lo: UInt64, hi: UInt64) {
        let raw = UnsafeRawPointer(bytes)
        var lo = raw.loadUnaligned(as: UInt64.self)
        var hi = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        // Shifts of 64 or more are not defined for the machine: keep each in 0..<64.
        if count < 8 {
            lo &= count == 0 ? 0 : ~0 &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count)
            hi = 0
        } else {
            hi &= count == 8 ? 0 : ~0 &>> UInt64(truncatingIfNeeded: 128 &- 8 &* count)
        }
        return (lo, hi)
    }

    /// The small ASCII String of `count` (≤ 15) bytes packed by `pack`. Only valid where `checkSupported()` holds.
    @inline(__always) static func make(_ lo: UInt64, _ hi: UInt64, count: Int) -> String {
        // Taken (`move`) rather than cast: a cast copies the String, and the copy costs a retain call that a small
        // string does not need (one per token).
        var words = (lo, hi | (0xE0 | UInt64(truncatingIfNeeded: count)) &<< 56)
        return withUnsafeMutableBytes(of: &words) { $0.baseAddress!.bindMemory(to: String.self, capacity: 1).move() }
    }
}

/// `TokenRules.negators` as packed lower-case bytes (the `lo` word of `SmallASCIIString.pack`) in a small
/// open-addressed table: one multiply and usually one compare per word.
final class NegatorTable {
    /// Slots: a power of two, eight times the number of negators, so a probe seldom meets another key (at 64 slots
    /// the common words took two probes on average).
    private static let slots = 256
    private let table: UnsafeMutablePointer<UInt64>
    /// The first bytes of every negator, one bit each from 0x40 (see `bit`): most words start with some other
    /// letter ("the", "this", "great") and need no further look.
    private let firstBytes: UInt64

    /// a c d h i m n o s w: the first letters `TokenRules.isNegator` accepts before "n't" (an instance constant: a
    /// static one would be checked for initialisation on every read).
    private let contractionFirstBytes: UInt64 = Array("acdhimnosw".utf8).reduce(0) { $0 | NegatorTable.bit($1) }

    init() {
        table = .allocate(capacity: Self.slots)
        table.initialize(repeating: 0, count: Self.slots)
        var firstBytes = contractionFirstBytes
        for key in TokenRules.packedNegators {
            firstBytes |= Self.bit(UInt8(truncatingIfNeeded: key))
            var slot = Self.slot(key)
            while table[slot] != 0 { slot = (slot + 1) & (Self.slots - 1) }
            table[slot] = key
        }
        self.firstBytes = firstBytes
    }

    deinit { table.deallocate() }

    /// The bit of `firstBytes` for a first byte (0 for bytes outside 0x40...0x7F, where no negator starts).
    @inline(__always) private static func bit(_ byte: UInt8) -> UInt64 {
        byte &- 0x40 < 64 ? 1 &<< UInt64(byte &- 0x40) : 0
    }

    @inline(__always) private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    /// `TokenRules.isNegator(bytes:count:)` for bytes already lower-cased (a case-folded ASCII norm) of at most
    /// `SmallASCIIString.capacity` bytes, packed as `SmallASCIIString.pack` packs them: read from the two words, not
    /// from memory.
    @inline(__always) func isNegator(folded lo: UInt64, _ hi: UInt64, count: Int) -> Bool {
        let first = UInt8(truncatingIfNeeded: lo)
        guard count >= 2, count <= 9, firstBytes & Self.bit(first) != 0 else { return false }
        // The last three bytes: within `lo` up to eight bytes, across both words for nine ("shouldn't").
        let last3 = (count <= 8 ? lo &>> UInt64(truncatingIfNeeded: 8 &* (count &- 3)) : lo &>> 48 | hi &<< 16)
            & 0xFF_FFFF
        if count > 3, last3 == 0x74_276E { // "n't"
            // The same first-letter test as `TokenRules.isNegator`.
            return Self.bit(first) & contractionFirstBytes != 0
        }
        guard count <= 8 else { return false }
        var slot = Self.slot(lo)
        while true {
            let key = table[slot]
            if key == lo { return true }
            if key == 0 { return false }
            slot = (slot + 1) & (Self.slots - 1)
        }
    }
}

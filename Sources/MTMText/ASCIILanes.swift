/// The ASCII norm's per-character work done four UTF-16 units at a time in one 64-bit word (16-bit lanes; every
/// lane of an ASCII unit is below 0x80, so adding up to 0x7F to a lane never carries into the next): case tests,
/// case folding, "`" → "'", and narrowing to bytes. A token of four letters is one pass instead of four.
enum ASCIILanes {
    private static let lanes80: UInt64 = 0x0080_0080_0080_0080
    private static let lanesHigh: UInt64 = 0xFF80_FF80_FF80_FF80

    @inline(__always) private static func spread(_ value: UInt64) -> UInt64 { value &* 0x0001_0001_0001_0001 }

    /// Bit 7 of each lane set where the lane is `value` (lanes below 0x80).
    @inline(__always) private static func lanesEqual(_ w: UInt64, _ value: UInt64) -> UInt64 {
        ~((w ^ spread(value)) &+ spread(0x7F)) & lanes80
    }

    /// Bit 7 of each lane set where `low <= lane <= high` (lanes below 0x80, `low` ≥ 1, `high` < 0x7F).
    @inline(__always) private static func lanesInRange(_ w: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        (w &+ spread(0x80 - low)) & ~(w &+ spread(0x7F - high)) & lanes80
    }

    /// How many lanes have bit 7 set (a multiply sums the lanes into the top one: the target has no popcount
    /// instruction, and the library's fallback costs some twenty instructions).
    @inline(__always) private static func laneCount(_ bits: UInt64) -> Int {
        Int(truncatingIfNeeded: ((bits &>> 7) &* 0x0001_0001_0001_0001) &>> 48)
    }

    /// Writes the `count` units at `source` as bytes to `out`, upper-case letters lowered when `folds`, "`" as "'".
    /// Nil when a unit is not ASCII. Reads up to three units past `count` (`UTF16Buffer` keeps that padding) and
    /// writes up to three bytes past it.
    @inline(__always)
    static func fold(_ source: UnsafePointer<UInt16>, count: Int, folds: Bool, into out: UnsafeMutablePointer<UInt8>)
        -> (uppers: Int, lowers: Int, apostrophe: Bool)? {
        let raw = UnsafeRawPointer(source)
        var uppers = 0, lowers = 0
        var apostrophes: UInt64 = 0
        var i = 0
        while i < count {
            var w = raw.loadUnaligned(fromByteOffset: 2 &* i, as: UInt64.self)
            let rest = count &- i
            if rest < 4 { w &= ~0 &>> UInt64(truncatingIfNeeded: 64 &- 16 &* rest) }
            guard w & lanesHigh == 0 else { return nil }
            let upper = lanesInRange(w, 0x41, 0x5A)
            uppers &+= laneCount(upper)
            lowers &+= laneCount(lanesInRange(w, 0x61, 0x7A))
            if folds { w |= upper >> 2 } // 0x80 >> 2 = 0x20: the case bit
            w ^= (lanesEqual(w, 0x60) >> 7) &* 0x47 // 0x60 ^ 0x47 = 0x27
            apostrophes |= lanesEqual(w, 0x27)
            // Lanes l0 0 l1 0 l2 0 l3 0 → bytes l0 l1 l2 l3.
            let pairs = (w | w >> 8) & 0x0000_FFFF_0000_FFFF
            UnsafeMutableRawPointer(out + i).storeBytes(of: UInt32(truncatingIfNeeded: pairs | pairs >> 16),
                                                       as: UInt32.self)
            i &+= 4
        }
        return (uppers, lowers, apostrophes != 0)
    }

    /// `hasTriple` for at most eight bytes packed little-endian in `word` (no memory read): true when some byte of
    /// the first `count` equals the two after it.
    @inline(__always) static func hasTriple(word v: UInt64, count: Int) -> Bool {
        guard count >= 3 else { return false }
        let differs = (v ^ v >> 8) | (v ^ v >> 16)
        // Bit 7 of each byte set where `differs` has a zero byte.
        let same = ~(((differs & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | differs) & 0x8080_8080_8080_8080
        // Triples may start at bytes 0 ... count - 3.
        return same & (~0 &>> UInt64(truncatingIfNeeded: 64 &- 8 &* (count &- 2))) != 0
    }

    /// True when some byte of the `count` at `bytes` equals the two after it (a possible elongation). Reads up to
    /// eight bytes past `count`.
    @inline(__always) static func hasTriple(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        let raw = UnsafeRawPointer(bytes)
        var start = 0
        // Each 8-byte window tests the triples starting at its first six bytes.
        while start &+ 2 < count {
            let v = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            let differs = (v ^ v >> 8) | (v ^ v >> 16)
            // Bit 7 of each byte set where `differs` has a zero byte.
            let same = ~(((differs & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | differs) & 0x8080_8080_8080_8080
            let starts = min(6, count &- 2 &- start)
            if same & (~0 &>> UInt64(truncatingIfNeeded: 64 &- 8 &* starts)) != 0 { return true }
            start &+= 6
        }
        return false
    }
}

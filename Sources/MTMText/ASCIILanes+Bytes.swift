/// The ASCII norm's character work on eight bytes at a time (8-bit lanes), for text that is all ASCII: the
/// analyzer keeps a byte copy of such text (`UTF16Buffer.bytes`), so a token of up to eight letters is one word
/// with nothing to narrow. Every lane is below 0x80, so adding up to 0x7F to a lane never carries into the next.
extension ASCIILanes {
    private static let bytes80: UInt64 = 0x8080_8080_8080_8080

    @inline(__always) private static func spreadBytes(_ value: UInt64) -> UInt64 { value &* 0x0101_0101_0101_0101 }

    /// Bit 7 of each byte set where `low <= byte <= high` (bytes below 0x80, `low` ≥ 1, `high` < 0x7F).
    @inline(__always) private static func bytesInRange(_ w: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        (w &+ spreadBytes(0x80 - low)) & ~(w &+ spreadBytes(0x7F - high)) & bytes80
    }

    /// Bit 7 of each byte set where the byte is `value` (bytes below 0x80, `value` ≠ 0, so zero padding never
    /// matches).
    @inline(__always) private static func bytesEqual(_ w: UInt64, _ value: UInt64) -> UInt64 {
        ~((w ^ spreadBytes(value)) &+ spreadBytes(0x7F)) & bytes80
    }

    /// How many bytes have bit 7 set (a multiply sums the bytes into the top one; see `laneCount`).
    @inline(__always) private static func byteCount(_ bits: UInt64) -> Int {
        Int(truncatingIfNeeded: ((bits &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// `fold` for eight ASCII bytes packed little-endian (unused bytes zero): upper-case letters lowered when
    /// `folds`, "`" as "'", and the letter and apostrophe counts of the word.
    @inline(__always)
    static func foldBytes(_ word: UInt64, folds: Bool) -> (word: UInt64, uppers: Int, lowers: Int, apostrophe: Bool) {
        var w = word
        let upper = bytesInRange(w, 0x41, 0x5A)
        let lowers = byteCount(bytesInRange(w, 0x61, 0x7A))
        if folds { w |= upper >> 2 } // 0x80 >> 2 = 0x20: the case bit
        w ^= (bytesEqual(w, 0x60) >> 7) &* 0x47 // 0x60 ^ 0x47 = 0x27
        return (w, byteCount(upper), lowers, bytesEqual(w, 0x27) != 0)
    }
}

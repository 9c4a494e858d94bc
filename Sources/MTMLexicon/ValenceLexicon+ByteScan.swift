extension ValenceLexicon {
    /// 0x01 and 0x80 in every byte of a word.
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first `byte` in `bytes` from `start`, or nil. Eight bytes at a time: with v the word XOR
    /// `byte` in every lane, `(v − 0x01…) & ~v & 0x80…` is non-zero exactly when some byte of v is zero, so only the
    /// word that holds a match is looked at byte by byte (line and tab scans of the lexicon files byte by byte cost
    /// 5–7 instructions a byte).
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let wordSize = MemoryLayout<UInt64>.size
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base), pattern = lowBits &* UInt64(byte)
            while i + wordSize <= bytes.count {
                let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
                if (v &- lowBits) & ~v & highBits != 0 { break }
                i += wordSize
            }
        }
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }
}

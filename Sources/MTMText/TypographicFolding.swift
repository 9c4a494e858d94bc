/// Folds typographic apostrophes and quotes to ASCII for matching ("don’t" and "don't" are one word). The original
/// text is never changed: only `Token.norm`. Folding happens before normalisation, because NFKC turns "´" into a
/// space and a combining accent.
enum TypographicFolding {
    /// The ASCII form of one UTF-16 unit: apostrophe look-alikes customers type (’ ‘ ʼ ʹ ′ ` ´ ＇) become "'",
    /// double quotes (“ ” „ ‟ « » ″ ＂) become "\""; anything else is returned unchanged.
    @inline(__always) static func fold(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2019, 0x2018, 0x02BC, 0x02B9, 0x2032, 0x60, 0xB4, 0xFF07: return 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0xFF02: return 0x22
        default: return unit
        }
    }

    /// True for "'" and every look-alike `fold` maps to it.
    static func isApostrophe(_ codePoint: Int32) -> Bool {
        codePoint <= 0xFFFF && (codePoint == 0x27 || fold(UInt16(codePoint)) == 0x27)
    }

    /// Copies `count` units at `source` into `out`, folded.
    static func fold(_ source: UnsafePointer<UInt16>, count: Int, into out: inout [UInt16]) {
        out.removeAll(keepingCapacity: true)
        for i in 0..<count { out.append(fold(source[i])) }
    }
}

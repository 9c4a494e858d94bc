/// Remembers the `String` made for each short ASCII norm, so a word met again ("the", "great", "fit") costs one
/// table probe instead of a UTF-8 validation, a String and a negator lookup. Keys are the norm's bytes packed into
/// a UInt64, so only norms of at most 8 bytes are kept; a new norm overwrites whatever held its slot (no growth,
/// no eviction policy), which keeps the table's memory fixed. One cache per analyzer (per worker thread).
final class NormCache {
    struct Entry {
        var key: UInt64 = 0
        var count: UInt8 = 0 // 0: empty slot
        var isNegator = false
        var norm = ""
    }

    /// Slots in the table: a power of two. 4,096 covers the common vocabulary of a review corpus (the 4,096 most
    /// frequent words are about 90% of the running words of the benchmark corpus) in 128 KB.
    static let slots = 4096
    /// Raw storage: an array in a class property would pay an exclusivity check on every probe.
    private let table: UnsafeMutablePointer<Entry>

    init() {
        table = .allocate(capacity: Self.slots)
        table.initialize(repeating: Entry(), count: Self.slots)
    }

    deinit {
        table.deinitialize(count: Self.slots)
        table.deallocate()
    }

    /// The norm of `count` (≤ 8) ASCII bytes at `bytes`, and whether it is a negator.
    @inline(__always) func norm(_ bytes: UnsafePointer<UInt8>, count: Int) -> (norm: String, isNegator: Bool) {
        var key: UInt64 = 0
        for i in 0..<count { key |= UInt64(bytes[i]) << UInt64(8 * i) }
        // Fibonacci hashing: the top bits of key × 2^64/φ spread nearby keys over the table.
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - 12))
        if table[slot].key == key && Int(table[slot].count) == count {
            return (table[slot].norm, table[slot].isNegator)
        }
        let norm = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        let isNegator = TokenRules.isNegator(bytes: bytes, count: count)
        table[slot] = Entry(key: key, count: UInt8(count), isNegator: isNegator, norm: norm)
        return (norm, isNegator)
    }
}

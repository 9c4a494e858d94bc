/// A read-only index of words (compared as UTF-8 bytes, exactly as `String ==` compares the normalised forms the
/// text stage gives): a word's position in the list it was built from, for the lookups done once or more per token
/// while scoring. The owner keeps its values in an array in the same order.
///
/// `Dictionary<String, _>` spends about 430 instructions per lookup here, mostly in `String`'s seeded SipHash; this
/// index hashes the bytes with FNV-1a, probes linearly and compares bytes, about a fifth of that. Its contents are
/// fixed when it is built, so it needs no seed against adversarial keys (they are the lexicons' words). It is not
/// generic, so that it is compiled for its one use rather than through value witnesses across modules.
public struct WordIndex: Sendable {
    /// All keys' bytes, one after another.
    private var arena: [UInt8] = []
    /// Per entry: start and length in `arena` and full hash (to skip most byte comparisons).
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    /// Open addressing: entry number + 1, 0 for an empty slot. The size is a power of two, at most half full.
    private var slots: [Int32] = []
    private var mask = 0

    /// An index of `words`: each word's position in the list. A repeated word keeps its first position and is not
    /// counted again, so positions are those of the list with repeats removed.
    public init(_ words: [String]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        starts.reserveCapacity(words.count)
        lengths.reserveCapacity(words.count)
        hashes.reserveCapacity(words.count)
        for word in words { insert(word) }
    }

    /// Number of distinct words.
    public var count: Int { hashes.count }

    /// The position of `word` in the list the index was built from, or nil.
    public subscript(word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ entry(utf8: $0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { entry(utf8: $0) }
    }

    /// The position of a word given as UTF-8 bytes.
    public subscript(utf8 word: UnsafeBufferPointer<UInt8>) -> Int? { entry(utf8: word) }

    public func contains(_ word: String) -> Bool { self[word] != nil }

    private func entry(utf8 key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let stored = Int(slots[slot])
                if stored == 0 { return nil }
                let entry = stored - 1
                if hashes[entry] == hash, Int(lengths[entry]) == key.count,
                   Self.equal(arena, from: Int(starts[entry]), key) {
                    return entry
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds a word at the next position unless it is there already.
    private mutating func insert(_ word: String) {
        var word = word
        word.withUTF8 { bytes in
            if entry(utf8: bytes) != nil { return }
            if (hashes.count + 1) * 2 > slots.count { grow() }
            let hash = Self.hash(bytes)
            starts.append(Int32(arena.count))
            lengths.append(Int32(bytes.count))
            arena.append(contentsOf: bytes)
            hashes.append(hash)
            place(entry: hashes.count - 1, hash: hash)
        }
    }

    private mutating func place(entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for entry in hashes.indices { place(entry: entry, hash: hashes[entry]) }
    }

    private static func equal(_ arena: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = arena.baseAddress, let other = key.baseAddress else { return key.isEmpty }
        var i = 0
        while i < key.count {
            if base[start + i] != other[i] { return false }
            i += 1
        }
        return true
    }

    /// FNV-1a (64-bit), finished with a multiply-xorshift so that the low bits the slot index takes are mixed.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}

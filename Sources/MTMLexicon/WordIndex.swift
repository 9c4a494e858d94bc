/// A read-only index of words (compared as UTF-8 bytes, exactly as `String ==` compares the normalised forms the
/// text stage gives): a word's position in the list it was built from, for the lookups done once or more per token
/// while scoring. The owner keeps its values in an array in the same order.
///
/// `Dictionary<String, _>` spends about 430 instructions per lookup here, mostly in `String`'s seeded SipHash; this
/// index hashes the bytes eight at a time, probes linearly and compares bytes. Its contents are fixed when it is
/// built, so it needs no seed against adversarial keys (they are the lexicons' words). It is not generic, so that it
/// is compiled for its one use rather than through value witnesses across modules.
///
/// Memory layout, for tables of tens of thousands of forms that do not fit in the cache (profiles of `mtm score`
/// put a fifth of its time on the emotion forms' lookups, nearly all of it waiting for memory): a slot holds the
/// entry number and 32 bits of the hash, so a word that is not there costs one memory access (most tokens are not
/// emotion words), and a word that is there three: its slot, its entry, its bytes. (A bit filter in front, 16 bits
/// per word, only moved the wait to the filter.)
public struct WordIndex: Sendable {
    /// All keys' bytes, one after another.
    private var arena: [UInt8] = []
    /// Per entry: start in `arena` (high 32 bits) and length (low 32 bits).
    private var entries: [UInt64] = []
    /// Open addressing: 0 for an empty slot, else the hash's high 32 bits (high half) and entry number + 1 (low
    /// half). The size is a power of two, at most half full.
    private var slots: [UInt64] = []
    private var mask = 0

    /// An index of `words`: each word's position in the list. A repeated word keeps its first position and is not
    /// counted again, so positions are those of the list with repeats removed.
    public init(_ words: [String]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        entries.reserveCapacity(words.count)
        for word in words { insert(word) }
    }

    /// Number of distinct words.
    public var count: Int { entries.count }

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
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let stored = slots[slot]
                if stored == 0 { return nil }
                if stored >> 32 == tag {
                    let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                    let location = entries[entry]
                    if Int(truncatingIfNeeded: location & 0xFFFF_FFFF) == key.count,
                       arena.withUnsafeBufferPointer({ Self.equal($0, from: Int(truncatingIfNeeded: location >> 32), key) }) {
                        return entry
                    }
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
            if (entries.count + 1) * 2 > slots.count { grow() }
            entries.append(UInt64(arena.count) << 32 | UInt64(bytes.count))
            arena.append(contentsOf: bytes)
            place(entry: entries.count - 1, hash: Self.hash(bytes))
        }
    }

    private mutating func place(entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (entry, hash) in hashes().enumerated() { place(entry: entry, hash: hash) }
    }

    /// The hash of every entry's word, in entry order.
    private func hashes() -> [UInt64] {
        arena.withUnsafeBufferPointer { arena in
            entries.map { location in
                let start = Int(truncatingIfNeeded: location >> 32)
                let length = Int(truncatingIfNeeded: location & 0xFFFF_FFFF)
                return Self.hash(UnsafeBufferPointer(rebasing: arena[start..<(start + length)]))
            }
        }
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

    /// The bytes eight at a time (a last partial word zero-padded), each word mixed in with a multiply, the length
    /// folded in, finished with a multiply-xorshift so that both the slot bits (low) and the tag (high) are mixed.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = 0x9E37_79B9_7F4A_7C15 &* UInt64(bytes.count &+ 1)
        guard let base = bytes.baseAddress else { return finish(h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        return finish(h)
    }

    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 29
        h = h &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 32)
    }
}

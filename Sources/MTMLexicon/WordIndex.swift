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
/// put a fifth of its time on the emotion forms' lookups, nearly all of it waiting for memory): a slot is 32 bytes
/// on a 32-byte boundary (half a cache line) and holds the word's first 16 bytes, 24 bits of the hash, the length,
/// the position and a 64-bit payload the owner may attach (`WordIndex+Building.swift`). A word of up to 16 bytes
/// (nearly every token) is found or ruled out without reading anything but its slots, usually one cache line;
/// only longer words compare their remaining bytes in `arena`. (A bit filter in front, 16 bits per word, only moved
/// the wait to the filter; slots of 8 bytes pointing at entries and bytes cost three memory accesses per hit.)
public struct WordIndex: Sendable {
    /// Words per slot in `table`: key bytes 0–7, key bytes 8–15 (zero-padded), `meta`, payload.
    static let slotWords = 4
    /// Extra words in `table` so that slot 0 can start on a 32-byte boundary wherever the array's storage begins.
    static let alignmentPadding = 4
    /// Longest key whose bytes all sit in its slot.
    static let inlineBytes = 16
    /// Most slots in use, as a fraction `maxLoad.used / maxLoad.of`: 5/8 keeps a miss's linear probe within about
    /// two slots on average (Knuth's ½(1 + 1/(1 − α)²) ≈ 4 for a miss at α = 5/8, 2 at the ~0.4 typical of powers of
    /// two) while a table of 300,000 forms takes 16 MB rather than 32.
    static let maxLoad = (used: 5, of: 8)

    /// Per slot, `slotWords` words: the first 16 bytes; `meta` = hash tag (high 24 bits) | length capped at 255
    /// (next 8) | position + 1 (low 32, 0 for an empty slot); the payload. Starts at `alignmentPadding`-aligned
    /// offset `base(_:)`.
    var table: [UInt64] = []
    /// All keys' bytes, one after another (read only for keys longer than `inlineBytes`).
    var arena: [UInt8] = []
    /// Per position: start in `arena` (high 32 bits) and slot number (low 32 bits).
    var entries: [UInt64] = []
    var mask = 0
    /// First word of slot 0 in `table` (0–3): the storage's first 32-byte boundary. It is kept when a copy of the
    /// array moves the storage (a mutation shifts the slots back onto a boundary, `WordIndex+Building.swift`).
    var origin = 0
    /// Whether this platform's small Strings can be read in place (`checkInlineStrings`, `WordIndex+Strings.swift`):
    /// stored per index, since a global constant would be checked for initialisation on every lookup.
    let readsInlineStrings = WordIndex.checkInlineStrings()

    /// An index of `words`: each word's position in the list. A repeated word keeps its first position and is not
    /// counted again, so positions are those of the list with repeats removed.
    public init(_ words: [String]) {
        self.init(capacity: words.count)
        for word in words {
            var word = word
            word.withUTF8 { _ = insert(utf8: $0) }
        }
    }

    /// An empty index with room for `capacity` words before it grows.
    init(capacity: Int) {
        var slots = 16
        while slots * Self.maxLoad.used < capacity * Self.maxLoad.of { slots <<= 1 }
        table = [UInt64](repeating: 0, count: slots * Self.slotWords + Self.alignmentPadding)
        mask = slots - 1
        origin = table.withUnsafeBufferPointer { Self.base($0) }
        entries.reserveCapacity(capacity)
    }

    /// Number of distinct words.
    public var count: Int { entries.count }

    /// The position of `word` in the list the index was built from, or nil.
    public subscript(word: String) -> Int? { positionAndPayload(word)?.position }

    /// The position of a word given as UTF-8 bytes.
    public subscript(utf8 word: UnsafeBufferPointer<UInt8>) -> Int? { find(word).map { $0.position } }

    public func contains(_ word: String) -> Bool { self[word] != nil }

    /// The first word of `table`'s storage on a 32-byte boundary, so that no slot straddles a cache line.
    @inline(__always)
    static func base(_ table: UnsafeBufferPointer<UInt64>) -> Int {
        let address = Int(bitPattern: table.baseAddress)
        return ((32 - (address & 31)) & 31) >> 3
    }

    /// A key's first 16 bytes as two zero-padded words, and its hash.
    @inline(__always)
    static func digest(_ key: UnsafeBufferPointer<UInt8>) -> (head: UInt64, tail: UInt64, hash: UInt64) {
        guard let base = key.baseAddress, !key.isEmpty else { return (0, 0, shortHash(head: 0, tail: 0, count: 0)) }
        let n = key.count
        let raw = UnsafeRawPointer(base)
        let head = n >= 8 ? raw.loadUnaligned(as: UInt64.self) : partial(base, from: 0, to: n)
        let tail = n >= 16 ? raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) : n > 8 ? partial(base, from: 8, to: n) : 0
        if n <= inlineBytes { return (head, tail, shortHash(head: head, tail: tail, count: n)) }
        var h = mix(mix(seed(count: n), head), tail)
        var i = 16
        while i + 8 <= n {
            h = mix(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n { h = mix(h, partial(base, from: i, to: n)) }
        return (head, tail, finish(h))
    }

    /// Bytes `from..<to` (fewer than eight) as a little-endian word, zero-padded. Four or more bytes are read as
    /// two 4-byte words, the second ending at `to` and shifted over the first (the bytes they share are the same
    /// in both, so OR keeps them); fewer as a 2-byte word and a byte. Nothing outside `from..<to` is read.
    @inline(__always)
    private static func partial(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> UInt64 {
        let n = to - from
        let raw = UnsafeRawPointer(base + from)
        if n >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)))
            return low | high << UInt64(8 * (n - 4))
        }
        var word: UInt64 = 0
        if n >= 2 {
            word = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
            if n == 3 { word |= UInt64(base[from + 2]) << 16 }
        } else if n == 1 {
            word = UInt64(base[from])
        }
        return word
    }

    /// The hash of a key of at most `inlineBytes` bytes from its two words (`digest`'s, and `findInline`'s).
    @inline(__always)
    static func shortHash(head: UInt64, tail: UInt64, count n: Int) -> UInt64 {
        if n == 0 { return finish(seed(count: 0)) }
        var h = mix(seed(count: n), head)
        if n > 8 { h = mix(h, tail) }
        return finish(h)
    }

    /// The hash's starting value for a key of `n` bytes.
    @inline(__always)
    private static func seed(count n: Int) -> UInt64 { 0x9E37_79B9_7F4A_7C15 &* UInt64(n &+ 1) }

    @inline(__always)
    private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let m = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
        return m ^ (m >> 31)
    }

    /// The hash's mixing finished with a multiply-xorshift so that both the slot bits (low) and the tag (high) are
    /// mixed.
    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 29
        h = h &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 32)
    }

    /// `meta`'s high 32 bits for a key: tag and capped length.
    @inline(__always)
    static func check(hash: UInt64, length: Int) -> UInt64 {
        (hash >> 40) << 8 | UInt64(min(length, 255))
    }

    /// The key's position and slot number, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> (position: Int, slot: Int, payload: UInt64)? {
        let (head, tail, hash) = Self.digest(key)
        return find(key, head: head, tail: tail, hash: hash)
    }

    /// `find(_:)` given the key's `digest`.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, head: UInt64, tail: UInt64,
              hash: UInt64) -> (position: Int, slot: Int, payload: UInt64)? {
        probe(head: head, tail: tail, hash: hash, count: key.count) { position in
            key.count <= Self.inlineBytes || restEqual(key, position: position)
        }
    }

    /// The linear probe from the hash's slot: the first slot whose tag, length and first 16 bytes are the key's and
    /// for whose position `rest` holds (a long key's remaining bytes), or nil at the first empty slot.
    @inline(__always)
    func probe(head: UInt64, tail: UInt64, hash: UInt64, count: Int,
               rest: (Int) -> Bool) -> (position: Int, slot: Int, payload: UInt64)? {
        let check = Self.check(hash: hash, length: count)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return table.withUnsafeBufferPointer { table in
            let words = table.baseAddress! + origin
            while true {
                let at = words + slot &* Self.slotWords
                let meta = at[2]
                if meta == 0 { return nil }
                if meta >> 32 == check, at[0] == head, at[1] == tail {
                    let position = Int(truncatingIfNeeded: meta & 0xFFFF_FFFF) - 1
                    if rest(position) { return (position, slot, at[3]) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the bytes of a long key after its first 16 equal those of the word at `position`.
    private func restEqual(_ key: UnsafeBufferPointer<UInt8>, position: Int) -> Bool {
        let start = Int(truncatingIfNeeded: entries[position] >> 32)
        let nextStart = position + 1 < entries.count ? Int(truncatingIfNeeded: entries[position + 1] >> 32) : arena.count
        guard nextStart - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            var i = Self.inlineBytes
            while i < key.count {
                if arena[start + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }
}

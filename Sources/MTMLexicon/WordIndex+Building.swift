/// Filling a `WordIndex` word by word on bytes (the emotion lexicon files its surface forms as it makes them, with
/// no `String` per form), and the 64-bit payload a slot carries beside its key, so that an owner's per-word record
/// is read from the same cache line as the key.
extension WordIndex {
    /// The position of `key`, added at the next position if new (public: the sentiment analyzer files its
    /// inflected forms on bytes too).
    @discardableResult
    public mutating func insert(utf8 key: UnsafeBufferPointer<UInt8>) -> (position: Int, inserted: Bool) {
        let (head, tail, hash) = Self.digest(key)
        if let found = find(key, head: head, tail: tail, hash: hash) { return (found.position, false) }
        if (entries.count + 1) * Self.maxLoad.of > (mask + 1) * Self.maxLoad.used { grow(to: (mask + 1) * 2) }
        let position = entries.count
        let slot = place(head: head, tail: tail, meta: Self.check(hash: hash, length: key.count) << 32 | UInt64(position + 1),
                         payload: 0, hash: hash)
        entries.append(UInt64(arena.count) << 32 | UInt64(slot))
        arena.append(contentsOf: key)
        return (position, true)
    }

    /// The payload of the word at `position` (0 until set).
    func payload(at position: Int) -> UInt64 {
        let slot = Int(truncatingIfNeeded: entries[position] & 0xFFFF_FFFF)
        return table[origin + slot * Self.slotWords + 3]
    }

    mutating func setPayload(_ payload: UInt64, at position: Int) {
        let slot = Int(truncatingIfNeeded: entries[position] & 0xFFFF_FFFF)
        withSlots { $0[slot * Self.slotWords + 3] = payload }
    }

    /// The position and payload of `key`, or nil when the key is not there: one probe for both.
    @inline(__always)
    func positionAndPayload(utf8 key: UnsafeBufferPointer<UInt8>) -> (position: Int, payload: UInt64)? {
        guard let found = find(key) else { return nil }
        return (found.position, found.payload)
    }

    /// Puts a slot's words in the first free slot from the hash's; returns the slot number.
    private mutating func place(head: UInt64, tail: UInt64, meta: UInt64, payload: UInt64, hash: UInt64) -> Int {
        let mask = mask
        return withSlots { words in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while words[slot * Self.slotWords + 2] != 0 { slot = (slot + 1) & mask }
            let at = words + slot * Self.slotWords
            at[0] = head
            at[1] = tail
            at[2] = meta
            at[3] = payload
            return slot
        }
    }

    /// `body` on slot 0's first word in storage of `table` that is this value's own, moving the slots back onto a
    /// 32-byte boundary if the storage was just copied (and so moved).
    private mutating func withSlots<R>(_ body: (UnsafeMutablePointer<UInt64>) -> R) -> R {
        let old = origin
        var now = old
        let result = table.withUnsafeMutableBufferPointer { table in
            now = Self.base(UnsafeBufferPointer(table))
            let base = table.baseAddress!
            if now != old {
                UnsafeMutableRawPointer(base + now).copyMemory(from: base + old,
                                                               byteCount: (table.count - Self.alignmentPadding) * 8)
            }
            return body(base + now)
        }
        origin = now
        return result
    }

    /// Room for `count` words in all before the slots grow again (public with `insert(utf8:)`).
    public mutating func reserveCapacity(_ count: Int) {
        var slots = mask + 1
        while slots * Self.maxLoad.used < count * Self.maxLoad.of { slots <<= 1 }
        if slots > mask + 1 { grow(to: slots) }
        entries.reserveCapacity(count)
    }

    /// Files every word again in `slots` slots (positions and payloads kept).
    private mutating func grow(to slots: Int) {
        let old = self
        table = [UInt64](repeating: 0, count: slots * Self.slotWords + Self.alignmentPadding)
        mask = slots - 1
        origin = table.withUnsafeBufferPointer { Self.base($0) }
        old.arena.withUnsafeBufferPointer { arena in
            for position in old.entries.indices {
                let start = Int(truncatingIfNeeded: old.entries[position] >> 32)
                let end = position + 1 < old.entries.count ? Int(truncatingIfNeeded: old.entries[position + 1] >> 32) : arena.count
                let (head, tail, hash) = Self.digest(UnsafeBufferPointer(rebasing: arena[start..<end]))
                let meta = Self.check(hash: hash, length: end - start) << 32 | UInt64(position + 1)
                let slot = place(head: head, tail: tail, meta: meta, payload: old.payload(at: position), hash: hash)
                entries[position] = UInt64(start) << 32 | UInt64(slot)
            }
        }
    }
}

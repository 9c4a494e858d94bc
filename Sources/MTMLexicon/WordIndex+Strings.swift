extension WordIndex {
    /// A word given as a `String` whose bytes are stored in the String value itself (a "small" string, at most 15
    /// UTF-8 bytes: nearly every token norm), as the words `digest` makes of its bytes: the first eight bytes and the
    /// next seven, zero-padded, and the count. Nil for any other String, which callers look up by its bytes.
    ///
    /// Reading the two words in place replaces `utf8.withContiguousStorageIfAvailable` (which copies a small string
    /// out to the stack and calls a closure) and the loads `digest` makes from that copy: `mtm score` looks up each
    /// token in the sentiment word table and again in the emotion forms, and this path took about 60 instructions
    /// off each lookup (`Benchmarks/score-instructions.sh`).
    ///
    /// The layout belongs to the standard library (`_StringObject` on 64-bit platforms: bytes 0–14 in order, then a
    /// discriminator byte whose high nibble is 0xE for a small ASCII string and 0xA for other small strings, and
    /// whose low nibble is the count). `readsInlineStrings` checks it once against Strings made the ordinary way;
    /// where it does not hold, this gives nil and callers take the bytes path.
    @inline(__always)
    static func inlineWords(_ word: borrowing String, layoutHolds: Bool) -> (head: UInt64, tail: UInt64, count: Int)? {
        guard layoutHolds else { return nil }
        let (w0, w1) = withUnsafeBytes(of: word) {
            ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        let discriminator = w1 >> 56
        // b63 immortal and b61 small set, b60 (foreign) clear; b62 (ASCII) either way.
        guard discriminator & 0xB0 == 0xA0 else { return nil }
        let count = Int(truncatingIfNeeded: discriminator & 0x0F)
        // The unused bytes are zero in every small string the standard library makes; masked all the same, since the
        // index compares whole words.
        if count <= 8 {
            let head = count == 8 ? w0 : w0 & ~(~0 &<< UInt64(truncatingIfNeeded: 8 &* count))
            return (head, 0, count)
        }
        return (w0, w1 & ~(~0 &<< UInt64(truncatingIfNeeded: 8 &* (count &- 8))), count)
    }

    /// Whether `inlineWords` reads this platform's small strings: checked on Strings made the ordinary way, ASCII and
    /// not, of every length up to 15 bytes, and on a String too long to be small.
    static func checkInlineStrings() -> Bool {
        guard MemoryLayout<String>.size == 16 else { return false }
        let probes = ["", "a", "no", "don't", "abcdefg", "abcdefgh", "abcdefghi", "Mixed_Case@123.", "0123456789abcde",
                      "é", "naïve", "日本語", "😡👍", "straße café"]
        for probe in probes {
            let bytes = Array(probe.utf8)
            guard let words = inlineWords(probe, layoutHolds: true), words.count == bytes.count else { return false }
            var expected = (head: UInt64(0), tail: UInt64(0))
            for (i, byte) in bytes.enumerated() {
                let bits = UInt64(byte) << UInt64(8 * (i % 8))
                if i < 8 { expected.head |= bits } else { expected.tail |= bits }
            }
            guard words.head == expected.head, words.tail == expected.tail else { return false }
        }
        // Sixteen bytes or more are never stored inline.
        return inlineWords(String(repeating: "x", count: 40), layoutHolds: true) == nil
    }

    /// The position of `word` and its payload, or nil: from the String's own words when it is small, else from its
    /// bytes.
    @inline(__always)
    public func positionAndPayload(_ word: borrowing String) -> (position: Int, payload: UInt64)? {
        if let (head, tail, count) = Self.inlineWords(word, layoutHolds: readsInlineStrings) {
            return findInline(head: head, tail: tail, count: count)
        }
        let copy = copy word
        if let found = copy.utf8.withContiguousStorageIfAvailable({ positionAndPayload(utf8: $0) }) { return found }
        return Array(copy.utf8).withUnsafeBufferPointer { positionAndPayload(utf8: $0) }
    }

    /// `find` of a key of at most `inlineBytes` bytes given as `digest`'s words, with the same hash `digest` gives.
    @inline(__always)
    func findInline(head: UInt64, tail: UInt64, count: Int) -> (position: Int, payload: UInt64)? {
        let hash = Self.shortHash(head: head, tail: tail, count: count)
        guard let found = probe(head: head, tail: tail, hash: hash, count: count, rest: { _ in true }) else { return nil }
        return (found.position, found.payload)
    }
}

extension WordIndex {
    /// For a small String (`inlineWords`): its position, nil when it is not in the index, and its words, for a
    /// caller that tests a missing word's bytes; nil for a String not stored inline.
    @inline(__always)
    public func lookUpInline(_ word: borrowing String) -> (position: Int?, head: UInt64, tail: UInt64, count: Int)? {
        guard let (head, tail, count) = Self.inlineWords(word, layoutHolds: readsInlineStrings) else { return nil }
        return (findInline(head: head, tail: tail, count: count)?.position, head, tail, count)
    }
}

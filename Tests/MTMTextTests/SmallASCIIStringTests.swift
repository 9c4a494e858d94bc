import MTMRecord
@testable import MTMText
import Testing

/// `SmallASCIIString` makes short ASCII norms without the standard library's decoder; `NegatorTable` finds negators
/// among them. Both must agree with the ordinary ways exactly (the analyzer's whole output is compared in
/// `ICUShortcutTests`).
@Suite struct SmallASCIIStringTests {
    /// The inline layout holds on the 64-bit platforms mtm supports, so the fast path is really taken there.
    @Test func layoutCheckPassesOn64BitPlatforms() {
        #expect(SmallASCIIString.checkSupported() == (MemoryLayout<Int>.size == 8))
    }

    @Test func packedStringsEqualDecodedOnes() throws {
        try #require(SmallASCIIString.checkSupported())
        var rng = SplitMix64(seed: 15)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...SmallASCIIString.capacity, using: &rng)
            // Bytes past `count` are garbage on purpose: `pack` must mask them off.
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...0x7F, using: &rng) }
                + (0..<16).map { _ in UInt8.random(in: 0...0xFF, using: &rng) }
            let ordinary = String(decoding: bytes[0..<count], as: UTF8.self)
            let made = bytes.withUnsafeBufferPointer { buffer in
                let (lo, hi) = SmallASCIIString.pack(buffer.baseAddress!, count: count)
                return SmallASCIIString.make(lo, hi, count: count)
            }
            #expect(made == ordinary)
            #expect(Array(made.utf8) == Array(bytes[0..<count]))
            #expect(made.hashValue == ordinary.hashValue)
        }
    }

    @Test func negatorTableAgreesWithTokenRules() {
        let table = NegatorTable()
        let words = Array(TokenRules.negators) + ["don't", "won't", "shouldn't", "xn't", "n't", "isn't", "a", "",
                                                  "nothings", "nor", "norm", "knot", "no", "on", "cannot", "can"]
        var rng = SplitMix64(seed: 16)
        let letters = Array("abcdeghimnorstwy'".utf8)
        let random = (0..<50_000).map { _ in
            String(decoding: (0..<Int.random(in: 0...10, using: &rng)).map { _ in letters.randomElement(using: &rng)! },
                   as: UTF8.self)
        }
        // Every first byte but capitals (the table takes folded norms) before the endings of negators, so its
        // first-byte test is tried on all of them.
        let endings = ["ot", "o", "ever", "n't", "ont", "annot", "ithout", "sn't", "ouldnt", ""]
        let firstBytes = (0x21...0x7E).filter { !(0x41...0x5A).contains($0) }.flatMap { byte in
            endings.map { String(UnicodeScalar(UInt8(byte))) + $0 }
        }
        for word in words + random + firstBytes {
            let bytes = Array(word.utf8) + [UInt8](repeating: 0, count: 16)
            bytes.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress!, count = word.utf8.count
                let (lo, hi) = count <= SmallASCIIString.capacity ? SmallASCIIString.pack(base, count: count) : (0, 0)
                #expect(table.isNegator(folded: lo, hi, count: count)
                        == TokenRules.isNegator(bytes: base, count: count), "\(word)")
            }
        }
    }
}

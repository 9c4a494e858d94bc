import MTMRecord
@testable import MTMText
import Testing

/// `ASCIILanes` does the ASCII norm's character work four units at a time; it must give exactly what the plain
/// per-character loop gives (written out here as the reference) for every length and every ASCII character.
@Suite struct ASCIILanesTests {
    /// The per-character reference: bytes, upper- and lower-case letter counts, apostrophe seen; nil if not ASCII.
    static func reference(_ units: [UInt16], folds: Bool) -> (bytes: [UInt8], uppers: Int, lowers: Int, apostrophe: Bool)? {
        var bytes: [UInt8] = [], uppers = 0, lowers = 0, apostrophe = false
        for unit in units {
            guard unit < 0x80 else { return nil }
            var byte = UInt8(unit)
            if unit >= 0x61 && unit <= 0x7A { lowers += 1 }
            if unit >= 0x41 && unit <= 0x5A {
                uppers += 1
                if folds { byte |= 0x20 }
            }
            if byte == 0x60 { byte = 0x27 }
            if byte == 0x27 { apostrophe = true }
            bytes.append(byte)
        }
        return (bytes, uppers, lowers, apostrophe)
    }

    @Test(arguments: [true, false])
    func foldEqualsPerCharacterLoop(_ folds: Bool) {
        // Weighted towards the edges of each range the lanes test: @ A Z [ ` a z { ' and a non-ASCII unit.
        let alphabet: [UInt16] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x27, 0x00, 0x7F, 0x20, 0x30, 0x80]
            + (0..<0x80).map(UInt16.init)
        var rng = SplitMix64(seed: 2_026)
        for _ in 0..<30_000 {
            let count = Int.random(in: 0...20, using: &rng)
            var units = (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count - 1, using: &rng)] }
            if Int.random(in: 0..<8, using: &rng) == 0, count > 0 {
                units[Int.random(in: 0..<count, using: &rng)] = [0x80, 0xE9, 0x2019, 0xFFFF].randomElement(using: &rng)!
            }
            // Garbage after the token, as in a real buffer: the lanes must mask it off.
            let padded = units + (0..<UTF16Buffer.padding).map { _ in UInt16.random(in: 0...0xFFFF, using: &rng) }
            var out = [UInt8](repeating: 0xAA, count: count + 8)
            let got = padded.withUnsafeBufferPointer { source in
                out.withUnsafeMutableBufferPointer { out in
                    ASCIILanes.fold(source.baseAddress!, count: count, folds: folds, into: out.baseAddress!)
                }
            }
            let expected = Self.reference(units, folds: folds)
            #expect((got == nil) == (expected == nil), "\(units)")
            guard let got, let expected else { continue }
            #expect(Array(out[0..<count]) == expected.bytes, "\(units)")
            #expect(got.uppers == expected.uppers && got.lowers == expected.lowers, "\(units)")
            #expect(got.apostrophe == expected.apostrophe, "\(units)")
        }
    }

    @Test func hasTripleEqualsPerCharacterTest() {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<30_000 {
            let count = Int.random(in: 0...24, using: &rng)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0x61...0x63, using: &rng) }
            var expected = false
            for i in 2..<max(count, 2) where bytes[i] == bytes[i - 1] && bytes[i] == bytes[i - 2] { expected = true }
            // Garbage after the bytes that would make a triple with the last two if it were read.
            let padded = bytes + [UInt8](repeating: bytes.last ?? 0x61, count: 8)
            let got = padded.withUnsafeBufferPointer { ASCIILanes.hasTriple($0.baseAddress!, count: count) }
            #expect(got == expected, "\(bytes)")
            if count <= 8 {
                // The packed form: what `SmallASCIIString.pack` gives, the rest zero.
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
                #expect(ASCIILanes.hasTriple(word: word, count: count) == expected, "\(bytes)")
            }
        }
    }

    /// The eight-byte fold of all-ASCII text (`foldBytes`, bytes packed as `SmallASCIIString.pack` packs them, the
    /// rest zero) gives the per-character loop's bytes and counts for every length up to eight.
    @Test(arguments: [true, false])
    func foldBytesEqualsPerCharacterLoop(_ folds: Bool) {
        let alphabet: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x27, 0x01, 0x7F, 0x20, 0x30]
            + (1..<0x80).map(UInt8.init)
        var rng = SplitMix64(seed: 2_027)
        for _ in 0..<30_000 {
            let count = Int.random(in: 1...8, using: &rng)
            let bytes = (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            // Garbage after the token, as in a real buffer: packing must mask it off.
            let padded = bytes + (0..<16).map { _ in UInt8.random(in: 0..<0x80, using: &rng) }
            let (lo, _) = padded.withUnsafeBufferPointer { SmallASCIIString.pack($0.baseAddress!, count: count) }
            let got = ASCIILanes.foldBytes(lo, folds: folds)
            let expected = Self.reference(bytes.map(UInt16.init), folds: folds)!
            let gotBytes = (0..<count).map { UInt8(truncatingIfNeeded: got.word >> UInt64(8 * $0)) }
            #expect(gotBytes == expected.bytes, "\(bytes)")
            #expect(got.word >> UInt64(8 * count) == 0 || count == 8, "\(bytes)")
            #expect(got.uppers == expected.uppers && got.lowers == expected.lowers, "\(bytes)")
            #expect(got.apostrophe == expected.apostrophe, "\(bytes)")
        }
    }
}

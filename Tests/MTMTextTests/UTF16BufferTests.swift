import MTMRecord
@testable import MTMText
import Testing

/// `UTF16Buffer.load` widens ASCII eight bytes at a time (and keeps a byte copy); it must hold exactly the text's
/// UTF-16 units for every length and alignment, ASCII or not, and keep `bytes` equal to them while ASCII.
@Suite struct UTF16BufferTests {
    @Test func loadHoldsTheTextsUnits() {
        let buffer = UTF16Buffer(capacity: 8)
        var rng = SplitMix64(seed: 2_026_120_2)
        for case_ in 0..<5_000 {
            let length = Int.random(in: 0...40, using: &rng)
            var scalars = (0..<length).map { _ in Unicode.Scalar(UInt8.random(in: 0..<0x80, using: &rng)) }
            if case_.isMultiple(of: 4), length > 0 {
                scalars[Int.random(in: 0..<length, using: &rng)] = ["é", "’", "😀"].randomElement(using: &rng)!
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            buffer.load(text)
            let units = Array(text.utf16)
            #expect(buffer.count == units.count)
            #expect((0..<buffer.count).map { buffer[$0] } == units, "\(text.debugDescription)")
            #expect(buffer.isASCII == text.utf8.allSatisfy { $0 < 0x80 })
            if buffer.isASCII {
                #expect((0..<buffer.count).map { UInt16(buffer.bytes[$0]) } == units, "\(text.debugDescription)")
            }
        }
    }
}

import Testing
@testable import MTMScoring

@Suite struct ASCIISetTests {
    @Test func agreesWithASetOnEveryByte() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var set = ASCIISet()
            var reference = Set<UInt8>()
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                let byte = UInt8.random(in: 0...255, using: &random)
                set.insert(byte)
                if byte < 128 { reference.insert(byte) }
            }
            for byte in UInt8.min...UInt8.max { #expect(set.contains(byte) == reference.contains(byte), "\(byte)") }
        }
    }

    @Test func boundaries() {
        var set = ASCIISet()
        for byte: UInt8 in [0, 63, 64, 127, 128, 255] { set.insert(byte) }
        #expect(set.contains(0) && set.contains(63) && set.contains(64) && set.contains(127))
        #expect(!set.contains(128) && !set.contains(255) && !set.contains(1) && !set.contains(65))
    }
}

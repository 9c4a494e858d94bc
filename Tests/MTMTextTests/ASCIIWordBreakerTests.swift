@testable import MTMText
import Testing

/// The breaker's table of word characters must be its bit set (the segments themselves are held to ICU's in
/// `ICUShortcutTests`).
@Suite struct ASCIIWordBreakerTests {
    @Test func wordCharacterTableEqualsTheBitSet() {
        for u in 0..<128 {
            #expect(ASCIIWordBreaker.wordCharacters[u] == ASCIIWordBreaker.isWordCharacter(UInt16(u)), "\(u)")
        }
    }
}

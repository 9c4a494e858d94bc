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

/// `collectTokens` appends single plain punctuation marks itself (`plainPunctuation`), without `emitASCII`: every
/// ASCII character, alone, doubled and between words, must give ICU's tokens.
@Suite struct PlainPunctuationTests {
    @Test func everyASCIICharacterGivesICUsOutput() throws {
        let fast = try TextAnalyzer(TextConfiguration(), shortcuts: .all)
        let icu = try TextAnalyzer(TextConfiguration(), shortcuts: [])
        for u in 1..<128 {
            let c = String(UnicodeScalar(UInt8(u)))
            for text in [c, c + c, "a" + c + "b", "so " + c + " good", "3" + c + "4", c + "!"] {
                #expect(fast.analyze(text) == icu.analyze(text), "\(text.debugDescription)")
            }
        }
    }
}

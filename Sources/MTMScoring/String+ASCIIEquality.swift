extension String {
    /// `self == String(literal)` for an ASCII `literal` ("to", "-", ";"), answered on bytes. `String ==` compares
    /// canonical equivalence through a standard-library call; for an ASCII literal the bytes decide unless `self`
    /// holds a non-ASCII scalar (U+037E GREEK QUESTION MARK *is* ";"): bytes up to the first non-ASCII one are
    /// their own canonical form, so a difference there already means unequal, and at a non-ASCII byte the test
    /// falls back to `==`.
    @inline(__always)
    func equalsASCII(_ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            var i = 0
            for byte in utf8 {
                if byte >= 0x80 { return self == String(decoding: expected, as: UTF8.self) }
                guard i < expected.count, expected[i] == byte else { return false }
                i += 1
            }
            return i == expected.count
        }
    }
}

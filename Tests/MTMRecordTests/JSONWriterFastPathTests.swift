import Testing
@testable import MTMRecord

/// The writer's fast paths (`JSONWriter+Bytes.swift`, `JSONWriter+Numbers.swift`) against the simple obvious
/// implementations they replace: Swift's own number text, a byte-by-byte escaper, keys quoted on every call.
@Suite struct JSONWriterFastPathTests {
    /// What `number(fourDecimals:)` stands for: the rounded double, printed by `number(_:)`.
    static func viaRoundedDouble(_ x: Double) -> String { JSONWriter.format((x * 10_000).rounded() / 10_000) }

    static func fourDecimals(_ x: Double) -> String {
        var w = JSONWriter()
        w.number(fourDecimals: x)
        return w.output
    }

    /// 300,000 values a run (2,000,000 passed when the fast path was written; the debug build takes minutes).
    @Test func fourDecimalsPrintsAsTheRoundedDouble() {
        var random = SplitMix64(seed: 11)
        for n in 0..<300_000 {
            // Scores in [-1, 1] mostly; then weights, offsets and magnitudes up to and past the short form's limit.
            let scale = n % 4 == 0 ? [10.0, 1_000, 1e6, 1e9, 1e11, 1e-3][Int(random.next() % 6)] : 1
            let x = (Double(random.next() >> 11) / Double(1 << 53) * 2 - 1) * scale
            let got = Self.fourDecimals(x), expected = Self.viaRoundedDouble(x)
            if got != expected { Issue.record("\(x): \(got) ≠ \(expected)"); return }
        }
    }

    @Test(arguments: [0.0, -0.0, 1, -1, 0.5, -0.5, 1e-4, -1e-4, 5e-5, -5e-5, 4.9999e-5, 0.00015, 0.99995, -0.99995,
                      0.999949999, 1.00005, 2.675, 0.1, 0.3, 123.45675, 999_999_999.99994, 999_999_999.99996,
                      -999_999_999.99996, 1e9, 1e12, -1e15, 1e20, 4_503_599_627_370_496.5, .nan, .infinity, -.infinity,
                      .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.49999999999999994e-4, 12_345.00005])
    func fourDecimalsEdges(_ x: Double) {
        #expect(Self.fourDecimals(x) == Self.viaRoundedDouble(x))
    }

    /// Every four-decimal fraction, both signs, with integer parts of one and two digits: the digit-pair table and
    /// the trailing-zero widths read off it (`writeTenThousandths`) against Swift's text for the same double.
    @Test func everyFractionWritesAsSwiftPrintsIt() {
        for whole in [0, 7, 42] {
            for fraction in 0..<10_000 {
                for sign in [1, -1] {
                    let k = sign * (whole * 10_000 + fraction)
                    var w = JSONWriter()
                    w.number(fourDecimals: Double(k) / 10_000)
                    let expected = JSONWriterTests.reference(Double(k) / 10_000)
                    if w.output != expected { Issue.record("\(k): \(w.output) ≠ \(expected)"); return }
                }
            }
        }
    }

    @Test func numbersOnTheGridPrintAsSwiftPrintsThem() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<300_000 {
            // k / 10,000 and its neighbours one ulp away (which must leave the short form).
            let k = Int64(bitPattern: random.next()) % 20_000_000_000_000
            var x = Double(k) / 10_000
            switch random.next() % 3 {
            case 0: x = x.nextUp
            case 1: x = x.nextDown
            default: break
            }
            let got = JSONWriter.format(x), expected = JSONWriterTests.reference(x)
            if got != expected { Issue.record("\(x): \(got) ≠ \(expected)"); return }
        }
    }

    /// The escaper the writer had: one byte at a time.
    static func referenceQuoted(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): out += Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case ..<0x20: out += Array(String(format: byte).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    @Test func quotingMatchesTheByteByByteEscaper() {
        var random = SplitMix64(seed: 13)
        // Plain letters, every byte the escaper treats specially, and the bytes of multi-byte characters.
        let alphabet: [[UInt8]] = [[0x61], [0x5A], [0x20], [0x22], [0x5C], [0x0A], [0x0D], [0x09], [0x00], [0x1F],
                                   [0x7F], Array("é".utf8), Array("😀".utf8), Array("\u{2028}".utf8)]
        for _ in 0..<50_000 {
            var text: [UInt8] = []
            let length = Int(random.next() % 40)
            // Mostly plain text, so that whole 8-byte words pass the scan as well as words with one mark.
            for _ in 0..<length {
                let pick = random.next() % 4 == 0 ? Int(random.next() % UInt64(alphabet.count)) : 0
                text += alphabet[pick]
            }
            var w = JSONWriter()
            text.withUnsafeBufferPointer { w.string(utf8: $0) }
            if w.bytes != Self.referenceQuoted(text) { Issue.record("\(text)"); return }
        }
    }

    @Test func escapeScanFindsEveryMarkAtEveryOffset() {
        for mark: UInt8 in [0x22, 0x5C, 0x00, 0x01, 0x1F] {
            for at in 0..<24 {
                var text = [UInt8](repeating: UInt8(ascii: "x"), count: 24)
                text[at] = mark
                // A byte just above the marks right after it must not hide it (borrows run upwards only).
                if at + 1 < text.count { text[at + 1] = mark == 0x1F ? 0x20 : 0x23 }
                let found = text.withUnsafeBufferPointer { JSONWriter.firstEscape(in: $0, from: 0) }
                #expect(found == at, "mark \(mark) at \(at)")
            }
        }
        for byte in UInt8.min...UInt8.max {
            let text = [UInt8](repeating: byte, count: 9)
            let found = text.withUnsafeBufferPointer { JSONWriter.firstEscape(in: $0, from: 0) }
            #expect(found == (JSONWriter.needsEscape(byte) ? 0 : 9), "byte \(byte)")
        }
    }

    @Test func keysEncodedOnceWriteAsKeysQuotedEachTime() {
        // Around the inline form's 32 bytes (`,"name":` is the name and 4 bytes), past it, and escapes.
        let names = ["id", "a", "", "disappointment", "quote\"and\\slash", "é😀",
                     "a key well past the thirty-two bytes of the inline form"]
            + (26...30).map { String(repeating: "k", count: $0) }
        var encoded = JSONWriter(reservingCapacity: 3), quoted = JSONWriter()
        for round in 0..<3 {
            encoded.beginObject(); quoted.beginObject()
            for name in names {
                encoded.field(JSONKey(name), fourDecimals: 0.25); quoted.field(name, 0.25)
                encoded.field(JSONKey(name), round); quoted.field(name, round)
                encoded.key(JSONKey(name)); encoded.string(name); quoted.key(name); quoted.string(name)
            }
            encoded.endObject(); quoted.endObject()
            encoded.endLine(); quoted.endLine()
        }
        #expect(encoded.output == quoted.output)
        #expect(encoded.output.hasPrefix(#"{"id":0.25,"id":0,"id":"id","a":0.25"#))
    }

    @Test func valuesAfterCommasGrowTheBuffer() {
        var w = JSONWriter(reservingCapacity: 1)
        var expected = "["
        w.beginArray()
        for (n, value) in [0, 7, -7, 10, 99, 100, -100, 1_234_567_890, Int.max, Int.min].enumerated() {
            w.beginArray()
            w.number(value)
            w.string("s\(n)")
            w.null()
            w.bool(n % 2 == 0)
            w.number(fourDecimals: -0.5)
            w.endArray()
            expected += (n == 0 ? "" : ",") + "[\(value),\"s\(n)\",null,\(n % 2 == 0),-0.5]"
        }
        w.endArray()
        expected += "]"
        #expect(w.output == expected)
        #expect(w.withBytes { Array($0) } == w.bytes)
        #expect(w.bytes == Array(expected.utf8))
    }
}

private extension String {
    /// `\u00XX` for a control byte.
    init(format byte: UInt8) {
        let hex = Array("0123456789abcdef")
        self = "\\u00" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
    }
}

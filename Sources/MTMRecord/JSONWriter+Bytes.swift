extension JSONWriter {
    /// Appends a string's UTF-8 bytes (native Swift strings hand over their storage; others are copied byte by byte).
    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil {
            out.append(contentsOf: text.utf8)
        }
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// `appendQuoted` on UTF-8 bytes that are valid UTF-8.
    public static func appendQuoted(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var plainStart = 0
        for i in 0..<text.count {
            let byte = text[i]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart..<i]))
            out.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                // \u00XX
                out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hexDigit(byte >> 4), hexDigit(byte & 0xF)])
            }
            plainStart = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart...]))
        out.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// Decimal digits of an integer, made right to left in a small stack buffer: division by the constant 10 is a
    /// multiply, where a loop over a variable power of ten divided by it once per digit (a hardware division, tens
    /// of cycles each, for every digit of every score `mtm score` prints).
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        var magnitude = value.magnitude
        if magnitude < 10, value >= 0 { out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)); return }
        // 20 digits for UInt.max's magnitude, and a sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var at = digits.count
            repeat {
                at -= 1
                digits[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { at -= 1; digits[at] = UInt8(ascii: "-") }
            // Byte by byte: a handful of bytes, where the generic `append(contentsOf:)` costs more than the digits.
            for i in at..<digits.count { out.append(digits[i]) }
        }
    }

    /// Most numbers mtm writes are rounded to a few decimals (scores to 4). A double that is the nearest one to
    /// k / 10,000 for an integer k, with |value| < `shortFormLimit`, prints as that decimal with its trailing zeros
    /// cut: every other decimal with at most 4 decimals lies 1e-4 or more away, far outside the double's rounding
    /// interval (under 1e-7 wide there), so that decimal is the shortest that round-trips — Swift's own choice.
    /// Anything else goes through `String(Double)`. `JSONWriterTests` holds the two to the same text.
    static let shortFormLimit = 1e9

    /// Shortest round-trip text for a double; integers print without a fraction; NaN and ±∞ print as null.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else { append("null", to: &out); return }
        // "Is an integer" as a round trip through Int (exact below 2^63), not `rounded()`, a libm call here.
        if abs(value) < 1e15, Double(Int(value)) == value { appendInteger(Int(value), to: &out); return }
        guard abs(value) < shortFormLimit else { append(String(value), to: &out); return }
        let scaled = value * 10_000
        let k = Int(scaled)
        guard Double(k) == scaled, scaled / 10_000 == value else {
            append(String(value), to: &out)
            return
        }
        if k < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = k.magnitude
        appendInteger(Int(magnitude / 10_000), to: &out)
        // The fraction's four digits less its trailing zeros (not all four are zeros: integers printed above).
        var fraction = magnitude % 10_000, width = 4
        while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 5) { digits in
            digits[0] = UInt8(ascii: ".")
            var at = width
            while at > 0 {
                digits[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
                fraction /= 10
                at -= 1
            }
            for i in 0...width { out.append(digits[i]) }
        }
    }
}

extension JSONWriter {
    /// Most numbers mtm writes are rounded to a few decimals (scores to 4). A double that is the nearest one to
    /// k / 10,000 for an integer k, with |value| < `shortFormLimit`, prints as that decimal with its trailing zeros
    /// cut: every other decimal with at most 4 decimals lies 1e-4 or more away, far outside the double's rounding
    /// interval (under 1e-7 wide there), so that decimal is the shortest that round-trips — Swift's own choice.
    /// Anything else goes through `String(Double)`. `JSONWriterTests` holds the two to the same text.
    static var shortFormLimit: Double { 1e9 }
    /// Most bytes the short form takes: a sign, 9 integer digits, a point and 4 decimals.
    static var shortFormRoom: Int { 16 }

    /// Shortest round-trip text for a double; integers print without a fraction; NaN and ±∞ print as null.
    mutating func appendNumber(_ value: Double, afterComma comma: Bool) {
        guard value.isFinite else {
            if comma { put(UInt8(ascii: ","), afterComma: false) }
            append("null")
            return
        }
        // "Is an integer" as a round trip through Int (exact below 2^63), not `rounded()`, a libm call here.
        if abs(value) < 1e15, Double(Int(value)) == value {
            appendComma(comma, reserving: Self.integerRoom) { Self.writeInteger(Int(value), to: $0) }
            return
        }
        if abs(value) < Self.shortFormLimit {
            // k is the nearest integer to value × 10,000 (or next to it, which the check below then rejects).
            let scaled = value * 10_000
            let k = Int(scaled < 0 ? scaled - 0.5 : scaled + 0.5)
            // Exact: k is exact as a double (|k| < 2^53) and the division is correctly rounded.
            if Double(k) / 10_000 == value {
                appendComma(comma, reserving: Self.shortFormRoom) { Self.writeTenThousandths(k, to: $0) }
                return
            }
        }
        if comma { put(UInt8(ascii: ","), afterComma: false) }
        append(String(value))
    }

    /// Writes `(x * 10_000).rounded() / 10_000` as `appendNumber` would, straight from the rounded integer k:
    /// the double nearest k / 10,000 prints as that decimal (see `shortFormLimit`), and an integer's digits are
    /// k / 10,000's, so neither the division nor `appendNumber`'s checks are needed. k is rounded half away from
    /// zero, as `rounded()` does, from the truncation and the exact remainder, without the libm call.
    mutating func appendFourDecimals(_ x: Double, afterComma comma: Bool) {
        guard let k = Self.tenThousandths(rounding: x) else {
            appendNumber((x * 10_000).rounded() / 10_000, afterComma: comma)
            return
        }
        appendComma(comma, reserving: Self.shortFormRoom) { Self.writeTenThousandths(k, to: $0) }
    }

    /// `(x * 10_000).rounded()` as an integer, or nil for NaN, ±∞ and numbers past the short form's limit (which
    /// go the general way).
    @inline(__always)
    static func tenThousandths(rounding x: Double) -> Int? {
        let scaled = x * 10_000
        guard abs(scaled) < shortFormLimit * 10_000 else { return nil }
        var k = Int(scaled)
        let rest = scaled - Double(k)
        if rest >= 0.5 { k += 1 } else if rest <= -0.5 { k -= 1 }
        return k
    }

    /// A comma when `comma`, then what `body` writes in at most `room` bytes.
    @inline(__always)
    private mutating func appendComma(_ comma: Bool, reserving room: Int,
                                      _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        write(reserving: room + 1) { p in
            guard comma else { return body(p) }
            p[0] = UInt8(ascii: ",")
            return 1 + body(p + 1)
        }
    }

    /// k / 10,000 as a decimal with its trailing zeros cut (an integer has no point), |k| < 10^13; returns its
    /// length (at most `shortFormRoom`). The four decimals are two pairs from `digitPairs` (one division by 100,
    /// two 2-byte loads), and the trailing zeros are read off the pairs: digit by digit (four divisions and three
    /// remainders) this was the largest part of `field(_:fourDecimals:)`, called some 30 times a record.
    @inline(__always)
    static func writeTenThousandths(_ k: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var at = 0
        if k < 0 { p[0] = UInt8(ascii: "-"); at = 1 }
        let magnitude = k.magnitude
        let fraction = magnitude % 10_000
        at += writeDigits(magnitude / 10_000, to: p + at)
        guard fraction != 0 else { return at }
        let high = fraction / 100, low = fraction % 100
        p[at] = UInt8(ascii: ".")
        let pairs = UnsafeRawPointer(digitPairs.utf8Start)
        let raw = UnsafeMutableRawPointer(p + at + 1)
        raw.storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(high) &* 2, as: UInt16.self), as: UInt16.self)
        raw.storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(low) &* 2, as: UInt16.self), toByteOffset: 2,
                       as: UInt16.self)
        let width = low != 0 ? (low % 10 != 0 ? 4 : 3) : (high % 10 != 0 ? 2 : 1)
        return at + 1 + width
    }

    /// "00" to "99", two ASCII digits per number below 100 (a literal: no lazy-initialisation check per use).
    static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }
}

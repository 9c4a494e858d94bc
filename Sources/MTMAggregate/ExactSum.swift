/// A sum of fixed-point numbers held exactly in 128 bits, so adding in any order, on any shard, gives the same
/// value bit for bit. Floating-point sums depend on order; these do not, which is what makes `Partial.merge`
/// associative and commutative byte for byte.
///
/// Values are quantised to `FixedPoint.scale` (10⁻⁶) before they are added; products of two quantised values are
/// summed at scale 10⁻¹². 128 bits hold 2¹²⁷ ≈ 1.7·10³⁸, i.e. 10¹⁴ records of products up to 10¹² each.
public struct ExactSum: Sendable, Hashable, Comparable {
    public private(set) var high: Int64
    public private(set) var low: UInt64

    public init() { high = 0; low = 0 }
    public init(_ value: Int64) { high = value < 0 ? -1 : 0; low = UInt64(bitPattern: value) }
    init(high: Int64, low: UInt64) { self.high = high; self.low = low }

    public static let zero = ExactSum()

    public mutating func add(_ value: Int64) { add(ExactSum(value)) }

    public mutating func add(_ other: ExactSum) {
        let (l, carry) = low.addingReportingOverflow(other.low)
        low = l
        high = high &+ other.high &+ (carry ? 1 : 0)
    }

    /// Adds the exact product of two quantised values.
    public mutating func addProduct(_ a: Int64, _ b: Int64) {
        let (h, l) = a.multipliedFullWidth(by: b)
        add(ExactSum(high: h, low: l))
    }

    public static func + (a: ExactSum, b: ExactSum) -> ExactSum { var s = a; s.add(b); return s }

    public static func < (a: ExactSum, b: ExactSum) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }

    /// The raw integer as a Double (rounded once, deterministically).
    public var rawDouble: Double { Double(high) * 18_446_744_073_709_551_616.0 + Double(low) }

    /// The sum of quantised values, in real units.
    public var value: Double { rawDouble / FixedPoint.scale }
    /// The sum of quantised products, in real units.
    public var productValue: Double { rawDouble / (FixedPoint.scale * FixedPoint.scale) }

    /// Text form for JSON: a decimal integer when it fits in 64 bits (the usual case), else `x<high>:<low>` in hex.
    /// Written as a JSON string because JSON numbers are read as doubles (53 bits).
    public var text: String {
        if high == 0, low <= UInt64(Int64.max) { return String(low) }
        if high == -1, low >= UInt64(1) << 63 { return String(Int64(bitPattern: low)) }
        return "x" + String(high, radix: 16) + ":" + String(low, radix: 16)
    }

    public init?(text: String) {
        if text.hasPrefix("x") {
            let parts = text.dropFirst().split(separator: ":")
            guard parts.count == 2, let h = Int64(parts[0], radix: 16), let l = UInt64(parts[1], radix: 16) else {
                return nil
            }
            self.init(high: h, low: l)
        } else {
            guard let v = Int64(text) else { return nil }
            self.init(v)
        }
    }
}

/// The fixed-point grid every summed value is put on before it is added.
public enum FixedPoint {
    /// 10⁶: compound scores (VADER reports 4 decimals), unit-scaled ratings and survey answers keep 6 decimals.
    public static let scale = 1_000_000.0
    /// Largest magnitude accepted (10⁹ real units), so products fit in 64 bits before the 128-bit sum.
    public static let limit: Int64 = 1_000_000_000_000_000

    /// `value` on the grid, clamped to ±`limit`; non-finite values count as 0.
    public static func quantise(_ value: Double) -> Int64 {
        guard value.isFinite else { return 0 }
        let scaled = (value * scale).rounded()
        if scaled >= Double(limit) { return limit }
        if scaled <= -Double(limit) { return -limit }
        return Int64(scaled)
    }

    public static func real(_ quantised: Int64) -> Double { Double(quantised) / scale }
}

extension ExactSum {
    /// a − b, exactly.
    public static func difference(_ a: ExactSum, _ b: ExactSum) -> ExactSum {
        // Two's complement negation of b, then add.
        let (l, carry) = (~b.low).addingReportingOverflow(1)
        let negated = ExactSum(high: ~b.high &+ (carry ? 1 : 0), low: l)
        return a + negated
    }
}

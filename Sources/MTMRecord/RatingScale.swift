/// The scale a rating is given on. Written as `lower-upper` (`1-5`, `0-10`, `0-100`) in JSON and CSV.
public struct RatingScale: Sendable, Hashable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        precondition(upper > lower, "a rating scale needs upper > lower")
        self.lower = lower
        self.upper = upper
    }

    /// 1–5 stars.
    public static let stars = RatingScale(lower: 1, upper: 5)
    /// 0–10, as in NPS ("how likely are you to recommend").
    public static let zeroToTen = RatingScale(lower: 0, upper: 10)
    /// Percentages.
    public static let percent = RatingScale(lower: 0, upper: 100)

    /// Parses `1-5`, `0-10`, `0–100`, `stars`, `nps`, `percent`.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "stars", "5", "1-5": self = .stars
        case "nps", "10", "0-10": self = .zeroToTen
        case "percent", "%", "100", "0-100": self = .percent
        default:
            let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" })
            guard parts.count == 2, let lo = Double(parts[0]), let hi = Double(parts[1]), hi > lo else { return nil }
            self.init(lower: lo, upper: hi)
        }
    }

    public var description: String { "\(Self.format(lower))-\(Self.format(upper))" }

    /// `value` mapped onto 0...1 (0 = worst, 1 = best), clamped.
    public func unit(_ value: Double) -> Double {
        min(1, max(0, (value - lower) / (upper - lower)))
    }

    /// NPS class for a 0–10 answer: promoter 9–10, passive 7–8, detractor 0–6. Nil on other scales.
    public func npsClass(_ value: Double) -> NPSClass? {
        guard self == .zeroToTen else { return nil }
        return value >= 9 ? .promoter : value >= 7 ? .passive : .detractor
    }

    private static func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}

public enum NPSClass: String, Sendable, Hashable {
    case promoter, passive, detractor
}

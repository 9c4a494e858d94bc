import Foundation

/// Reads a rating from what pages show: "5.0 out of 5 stars", "Rated 4 stars out of five stars", "4/5",
/// "4,5 von 5 Sternen", "3.0 star rating", or a class such as `bubble_40` / `stars_5` (with a pattern and divisor).
public enum RatingParser {
    public struct Rating: Sendable, Hashable {
        public var value: Double
        /// The best value when the text states it ("out of 5"), else nil.
        public var best: Double?
    }

    static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10,
    ]

    /// "X out of Y", "X of Y", "X/Y", "X von Y", "X sur Y", "X su Y", "X de Y", "X van Y" (X, Y numbers or words).
    static let outOf = try! NSRegularExpression(
        pattern: #"(\d+(?:[.,]\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:stars?\s*|étoiles?\s*|sternen?\s*)?(?:out\s+of|of|/|von|sur|su|de|van|из)\s*(\d+(?:[.,]\d+)?|five|ten)"#,
        options: [.caseInsensitive])
    static let firstNumber = try! NSRegularExpression(
        pattern: #"(\d+(?:[.,]\d+)?|\b(?:one|two|three|four|five)\b)"#, options: [.caseInsensitive])

    /// A rating in free text, or nil when the text holds no number.
    public static func parse(text: String) -> Rating? {
        let range = NSRange(text.startIndex..., in: text)
        if let match = outOf.firstMatch(in: text, range: range),
           let value = number(text, match.range(at: 1)), let best = number(text, match.range(at: 2)), best > 0,
           value <= best {
            return Rating(value: value, best: best)
        }
        if let match = firstNumber.firstMatch(in: text, range: range), let value = number(text, match.range(at: 1)) {
            return Rating(value: value, best: nil)
        }
        return nil
    }

    /// A rating from a class list or attribute: the first capture of `pattern` divided by `divisor`
    /// (`bubble_(\d+)` with divisor 10 reads `bubble_40` as 4).
    public static func parse(text: String, pattern: NSRegularExpression, divisor: Double) -> Rating? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range), match.numberOfRanges > 1,
              let value = number(text, match.range(at: 1)) else { return nil }
        return Rating(value: value / divisor, best: nil)
    }

    static func number(_ text: String, _ range: NSRange) -> Double? {
        guard let r = Range(range, in: text) else { return nil }
        let token = text[r].lowercased()
        if let word = numberWords[token] { return word }
        return Double(token.replacingOccurrences(of: ",", with: "."))
    }
}

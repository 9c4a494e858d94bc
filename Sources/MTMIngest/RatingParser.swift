import MTMRecord

/// Reads ratings as analysts' exports write them: `4`, `4.5`, `4/5`, `4 out of 5`, `4 stars`, `80%`, `★★★★☆`.
/// Forms that carry their own scale keep it; bare numbers take the column's scale, detected from a sample
/// (`detectScale`) or set with `--rating-scale`.
public struct RatingParser: Sendable {
    public struct Rating: Sendable, Hashable {
        public var value: Double
        /// The scale the text itself names (`4/5`, `80%`, stars), or nil for a bare number.
        public var scale: RatingScale?
    }

    /// Parses one cell; nil when it is not a rating (empty cells are nil too).
    public static func parse(_ text: String) -> Rating? {
        // Fast path: a bare number, as most exports write ratings.
        if let v = Double(text), v.isFinite { return Rating(value: v, scale: nil) }
        let trimmed = text.trimmingCharacters(in: " \t\r\n")
        guard !trimmed.isEmpty else { return nil }
        let filled = trimmed.filter { $0 == "★" }.count
        let empty = trimmed.filter { $0 == "☆" }.count
        if filled + empty > 0, trimmed.allSatisfy({ $0 == "★" || $0 == "☆" || $0 == " " }) {
            return Rating(value: Double(filled), scale: scaleFor(upper: Double(filled + empty)))
        }
        let lower = trimmed.lowercased()
        if lower.hasSuffix("%"), let v = number(lower.dropLast()) {
            return Rating(value: v, scale: .percent)
        }
        for separator in ["/", " out of ", " of "] where lower.contains(separator) {
            let parts = lower.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2, let v = number(parts[0]), let upper = number(firstWord(parts[1])), upper > 0 {
                return Rating(value: v, scale: scaleFor(upper: upper))
            }
        }
        for suffix in [" stars", " star", "stars", "star"] where lower.hasSuffix(suffix) {
            if let v = number(lower.dropLast(suffix.count)) { return Rating(value: v, scale: .stars) }
        }
        if let v = number(Substring(lower)) { return Rating(value: v, scale: nil) }
        return nil
    }

    /// The usual scale ending at `upper`: 1–5 for 5 (stars), 0–10 for 10, 0–100 for 100, else 0–upper.
    static func scaleFor(upper: Double) -> RatingScale {
        switch upper {
        case 5: return .stars
        case 10: return .zeroToTen
        case 100: return .percent
        default: return upper > 1 ? RatingScale(lower: upper <= 7 ? 1 : 0, upper: upper) : RatingScale(lower: 0, upper: 1)
        }
    }

    /// The scale of a column of bare numbers: a name hint (`nps`, `recommend`, `percent`, `stars`) wins, else the
    /// range of the sample: within 1–5 → stars, within 0–10 → 0–10, within 0–100 → percent. Nil when the sample
    /// has no numbers or exceeds 100.
    public static func detectScale(columnName: String, sample: [Double]) -> RatingScale? {
        let name = columnName.lowercased()
        if name.contains("nps") || name.contains("recommend") || name.contains("0-10") || name.contains("0–10") { return .zeroToTen }
        if name.contains("percent") || name.contains("%") { return .percent }
        if name.contains("1-5") || name.contains("1–5") || name.contains("star") { return .stars }
        guard let low = sample.min(), let high = sample.max() else { return nil }
        if low >= 1 && high <= 5 { return .stars }
        if low >= 0 && high <= 10 { return .zeroToTen }
        if low >= 0 && high <= 100 { return .percent }
        return nil
    }

    private static func firstWord(_ s: Substring) -> Substring {
        let t = s.drop { $0 == " " }
        return t.prefix { $0 != " " }
    }

    private static func number(_ s: Substring) -> Double? {
        let t = s.trimmingCharacters(in: " \t")
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "+") }) else {
            return nil
        }
        // A decimal comma (`4,5`) as European exports write it.
        return Double(t.replacingAll(",", with: "."))
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}

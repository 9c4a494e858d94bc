/// The one-sentence, plain-language reason for a moment, built only from its figures:
/// "Billing — 18% of reviews, 71% negative (±4 pts), −1.3 stars when mentioned negatively, end of journey."
public enum Reason {
    public static func sentence(_ s: TouchpointScore, recordNoun: String, unit: String?) -> String {
        var parts = ["\(percent(s.share))% of \(recordNoun)"]
        let showNegative = s.kind == .painPoint || (s.kind == .watch && s.negative.value >= s.positive.value)
        let share = showNegative ? s.negative : s.positive
        parts.append("\(percent(share.value))% \(showNegative ? "negative" : "positive") (±\(percent(share.margin)) pts)")
        if let unit {
            if showNegative, let p = s.penalty {
                parts.append("\(signed(p)) \(unit) when mentioned negatively")
            } else if !showNegative, let r = s.reward {
                parts.append("\(signed(r)) \(unit) when mentioned positively")
            }
        }
        if let change = s.trendChange, let previous = s.previousPeriod, s.components.trend > 0 {   // beyond its margin
            parts.append("net sentiment \(change > 0 ? "up" : "down") \(percent(abs(change))) pts since \(previous)")
        }
        var position: [String] = []
        if s.isLastStage { position.append("end of journey") }
        if s.isFirstStage { position.append("start of journey") }
        if s.handoff { position.append("hand-off") }
        if !position.isEmpty { parts.append(position.joined(separator: ", ")) }
        return "\(s.label) — " + parts.joined(separator: ", ") + "."
    }

    static func percent(_ v: Double) -> String { String(Int((v * 100).rounded())) }

    /// One decimal with a typographic minus: "−1.3", "+0.4".
    static func signed(_ v: Double) -> String {
        let r = (abs(v) * 10).rounded() / 10
        let body = String(Int(r)) + "." + String(Int((r * 10).rounded()) % 10)
        return (v < 0 && r > 0 ? "−" : "+") + body
    }
}

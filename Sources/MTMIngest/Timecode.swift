/// Timecodes: `H:M:S.mmm`, `M:S.mmm`, `S.mmm`, with `.` or `,` before the fraction.
public enum Timecode {
    /// Seconds of a timecode, or nil when it is not one.
    public static func seconds<S: StringProtocol>(_ text: S) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var total = 0.0
        for (i, part) in parts.enumerated() {
            let isLast = i == parts.count - 1
            let cleaned = isLast ? part.replacingAll(",", with: ".") : String(part)
            guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || (isLast && $0 == ".")) }),
                  let value = Double(cleaned) else { return nil }
            if !isLast, value != value.rounded() { return nil }
            if i > 0, value >= 60 { return nil }
            total = total * 60 + value
        }
        return total
    }

    /// `HH:MM:SS.mmm` for output.
    public static func format(_ seconds: Double) -> String {
        let millis = Int((seconds * 1000).rounded())
        let h = millis / 3_600_000, m = millis / 60_000 % 60, s = millis / 1000 % 60, ms = millis % 1000
        return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(ms, 3))"
    }
}

/// Locale-independent fixed-point text for numbers, the same in CSV, HTML and JSON-adjacent output.
public enum NumberFormatting {
    /// The digits of `n` grouped in threes with commas: 12345 → `12,345` (no sign).
    public static func grouped(_ n: UInt) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    /// `value` with exactly `decimals` digits after the point; never `-0.00`. Non-finite values give "".
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        let places = max(0, min(decimals, 12))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let digits = String(UInt64(scaled))
        let negative = value < 0 && scaled != 0
        var text: String
        if places == 0 {
            text = digits
        } else {
            let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
            let split = padded.index(padded.endIndex, offsetBy: -places)
            text = padded[..<split] + "." + padded[split...]
        }
        return negative ? "-" + text : text
    }

    /// The text of a cell for CSV and HTML, formatted by its column type. Percent columns keep the fraction in
    /// CSV (`asPercent: false`) and show `25.0%` in HTML (`asPercent: true`).
    static func text(of cell: ReportCell, type: ColumnType, asPercent: Bool) -> String {
        switch cell {
        case .empty: return ""
        case .text(let s): return s
        case .integer(let v):
            if case .percent(let d) = type, asPercent { return fixed(Double(v) * 100, decimals: d) + "%" }
            return String(v)
        case .number(let v):
            switch type {
            case .integer: return fixed(v, decimals: 0)
            case .number(let d): return fixed(v, decimals: d)
            case .percent(let d):
                return asPercent ? fixed(v * 100, decimals: d) + "%" : fixed(v, decimals: d + 2)
            case .text, .date: return fixed(v, decimals: 6).trimmingTrailingZeros
            }
        }
    }
}

extension String {
    /// `1.500000` → `1.5`, `2.000` → `2`.
    var trimmingTrailingZeros: String {
        guard contains(".") else { return self }
        var s = Substring(self)
        while s.last == "0" { s = s.dropLast() }
        if s.last == "." { s = s.dropLast() }
        return String(s)
    }
}

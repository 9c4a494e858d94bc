/// Inline SVG charts for the HTML report: generated here, sized by viewBox so they scale to the page and print.
/// Every label is escaped; coordinates are written with one decimal so the same data gives the same bytes.
enum Chart {
    static let negative = "#c2412d"
    static let positive = "#2e7d4f"
    static let neutral = "#b7791f"
    static let ink = "#1f2430"
    static let muted = "#6b7280"
    static let grid = "#e3e6ec"
    /// Series colours for trend lines (colour-blind-safe, Okabe–Ito).
    static let palette = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"]
    /// Approximate width of one character of the 11 px chart font, for label placement.
    static let charWidth = 6.1

    /// Coordinates with one decimal.
    static func f(_ v: Double) -> String { NumberFormatting.fixed(v, decimals: 1) }

    static func color(for compound: Double) -> String {
        compound <= -0.05 ? negative : compound >= 0.05 ? positive : neutral
    }

    static func svgOpen(width: Double, height: Double, label: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(h(label))\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    }

    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", cls: String? = nil,
                     fill: String? = nil) -> String {
        var attrs = "x=\"\(f(x))\" y=\"\(f(y))\""
        if anchor != "start" { attrs += " text-anchor=\"\(anchor)\"" }
        if let cls { attrs += " class=\"\(cls)\"" }
        if let fill { attrs += " style=\"fill:\(fill)\"" } // inline style: the stylesheet would override a fill attribute
        return "<text \(attrs)>\(h(s))</text>\n"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
                     dash: String? = nil) -> String {
        "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
    }

    /// Shortens a label to `max` characters with an ellipsis.
    static func clip(_ s: String, _ max: Int) -> String {
        s.count <= max ? s : String(s.prefix(max - 1)) + "…"
    }

    /// A symmetric sentiment axis bound: the largest |value| with room, rounded up to 0.1, at least 0.2, at most 1.
    static func sentimentBound(_ values: [Double]) -> Double {
        let m = values.map(abs).max() ?? 0
        return min(1, max(0.2, ((m * 1.15) * 10).rounded(.up) / 10))
    }

    /// Evenly spaced "nice" ticks covering lo…hi.
    static func ticks(_ lo: Double, _ hi: Double, count: Int = 5) -> [Double] {
        guard hi > lo else { return [lo] }
        let raw = (hi - lo) / Double(count)
        var step = 1.0
        while step > raw { step /= 10 }
        while step * 10 <= raw { step *= 10 }
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where step * m >= raw { step *= m; break }
        var t = (lo / step).rounded(.up) * step
        var out: [Double] = []
        while t <= hi + step * 1e-9 { out.append(abs(t) < step * 1e-9 ? 0 : t); t += step }
        return out
    }

    /// A number for an axis tick: as few decimals as the step needs.
    static func tickLabel(_ v: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3
        let text = NumberFormatting.fixed(v, decimals: decimals)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// Score components as small labelled bars (HTML, so they wrap with the card).
    static func components(_ components: [ReportDocument.ScoreComponent]) -> String {
        var x = "<div class=\"components\">\n"
        for c in components {
            let width = NumberFormatting.fixed(max(0, min(1, c.value)) * 100, decimals: 1)
            x += "<div class=\"component\"><span class=\"name\">\(h(c.name.replacingAll("_", with: " ")))</span>"
            x += "<span class=\"bar\"><span style=\"width:\(width)%\"></span></span>"
            x += "<span class=\"val\">\(NumberFormatting.fixed(c.value, decimals: 2))</span></div>\n"
        }
        return x + "</div>\n"
    }
}

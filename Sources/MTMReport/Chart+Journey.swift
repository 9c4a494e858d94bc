/// The journey curve: mean sentiment by stage as a line over mention-volume bars, and the trend lines.
extension Chart {
    static func journey(_ stages: [ReportDocument.StageRow]) -> String {
        let width = 760.0, height = 330.0
        let left = 52.0, right = 20.0, top = 22.0, bottom = 66.0
        let plotW = width - left - right, plotH = height - top - bottom
        let bound = sentimentBound(stages.map(\.meanCompound))
        let maxMentions = Double(stages.map(\.mentions).max() ?? 1)
        let step = plotW / Double(max(stages.count, 1))
        func x(_ i: Int) -> Double { left + step * (Double(i) + 0.5) }
        func y(_ v: Double) -> Double { top + plotH / 2 - v / bound * (plotH / 2) }

        var s = svgOpen(width: width, height: height, label: "Journey curve: sentiment by stage")
        for t in ticks(-bound, bound, count: 4) {
            s += line(left, y(t), left + plotW, y(t), stroke: t == 0 ? "#9aa3b2" : grid, dash: t == 0 ? "4 3" : nil)
            s += text(tickLabel(t, step: bound / 2), x: left - 7, y: y(t) + 4, anchor: "end", cls: "tick")
        }
        for (i, stage) in stages.enumerated() {
            let barH = Double(stage.mentions) / max(maxMentions, 1) * plotH * 0.9
            s += "<rect x=\"\(f(x(i) - step * 0.32))\" y=\"\(f(top + plotH - barH))\" width=\"\(f(step * 0.64))\" height=\"\(f(barH))\" fill=\"#eef0f5\"/>\n"
        }
        let path = stages.enumerated().map { i, st in (i == 0 ? "M" : "L") + "\(f(x(i))) \(f(y(st.meanCompound)))" }
        s += "<path d=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"\(ink)\" stroke-width=\"2.2\" stroke-linejoin=\"round\"/>\n"
        for (i, stage) in stages.enumerated() {
            let py = y(stage.meanCompound)
            s += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(py))\" r=\"6\" fill=\"\(color(for: stage.meanCompound))\" stroke=\"#fff\" stroke-width=\"1.5\"><title>\(h(stage.label)): \(NumberFormatting.fixed(stage.meanCompound, decimals: 3))</title></circle>\n"
            let above = stage.meanCompound >= 0
            s += text(Format.signed(stage.meanCompound), x: x(i), y: above ? py - 11 : py + 19, anchor: "middle", cls: "value")
            let lines = wrap(stage.label, width: Int(step / charWidth))
            for (k, part) in lines.prefix(2).enumerated() {
                s += text(part, x: x(i), y: top + plotH + 18 + Double(k) * 13, anchor: "middle", cls: "stage-label")
            }
            s += text("\(Format.count(stage.mentions)) mentions", x: x(i), y: top + plotH + 18 + Double(min(lines.count, 2)) * 13,
                      anchor: "middle", cls: "tick")
        }
        return s + "</svg>\n"
    }

    static func trends(_ series: [ReportDocument.TrendSeries]) -> String {
        let shown = Array(series.prefix(palette.count))
        let periods = orderedUnique(shown.flatMap { $0.points.map(\.period) }).sorted()
        let width = 760.0, height = 300.0
        let left = 52.0, right = 36.0, top = 18.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        let bound = sentimentBound(shown.flatMap { $0.points.map(\.meanCompound) })
        let step = plotW / Double(max(periods.count - 1, 1))
        func x(_ i: Int) -> Double { periods.count == 1 ? left + plotW / 2 : left + step * Double(i) }
        func y(_ v: Double) -> Double { top + plotH / 2 - v / bound * (plotH / 2) }
        var index: [String: Int] = [:]
        for (i, p) in periods.enumerated() { index[p] = i }

        var s = svgOpen(width: width, height: height, label: "Sentiment trend by period")
        for t in ticks(-bound, bound, count: 4) {
            s += line(left, y(t), left + plotW, y(t), stroke: t == 0 ? "#9aa3b2" : grid, dash: t == 0 ? "4 3" : nil)
            s += text(tickLabel(t, step: bound / 2), x: left - 7, y: y(t) + 4, anchor: "end", cls: "tick")
        }
        let every = max(1, Int((Double(periods.count) * 60 / plotW).rounded(.up)))
        for (i, p) in periods.enumerated() where i % every == 0 {
            s += text(p, x: x(i), y: top + plotH + 18, anchor: "middle", cls: "tick")
        }
        for (k, serie) in shown.enumerated() {
            let colour = palette[k]
            let pts = serie.points.compactMap { p in index[p.period].map { (x($0), y(p.meanCompound)) } }
            if pts.count > 1 {
                let d = pts.enumerated().map { ($0 == 0 ? "M" : "L") + "\(f($1.0)) \(f($1.1))" }.joined(separator: " ")
                s += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
            }
            for p in pts { s += "<circle cx=\"\(f(p.0))\" cy=\"\(f(p.1))\" r=\"3\" fill=\"\(colour)\"/>\n" }
        }
        s += "</svg>\n<p class=\"legend\">"
        for (k, serie) in shown.enumerated() {
            s += "<span><i style=\"background:\(palette[k])\"></i>\(h(serie.label))</span>"
        }
        return s + "</p>\n"
    }

    /// Greedy word wrap to lines of at most `width` characters (a longer word gets its own clipped line).
    static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(width, 6)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { clip($0, limit) }
    }
}

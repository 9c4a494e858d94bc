/// The importance–performance grid: performance (mean sentiment) across, importance up, split at the means.
extension Chart {
    static func quadrant(_ points: [ReportDocument.QuadrantPoint], cut: ReportDocument.QuadrantCut?) -> String {
        let width = 760.0, height = 460.0
        let left = 64.0, right = 24.0, top = 24.0, bottom = 56.0
        let plotW = width - left - right, plotH = height - top - bottom
        let perf = points.map(\.performance), imp = points.map(\.importance)
        let perfCut = cut?.performance ?? perf.reduce(0, +) / Double(max(points.count, 1))
        let impCut = cut?.importance ?? imp.reduce(0, +) / Double(max(points.count, 1))
        let perfLo = min(perf.min() ?? 0, perfCut), perfHi = max(perf.max() ?? 0, perfCut)
        let pad = max(0.05, (perfHi - perfLo) * 0.12)
        let xLo = max(-1, perfLo - pad), xHi = min(1, perfHi + pad)
        let yHi = max(0.01, max(imp.max() ?? 0, impCut) * 1.15)
        let maxMentions = Double(points.map(\.mentions).max() ?? 1)
        func x(_ v: Double) -> Double { left + (v - xLo) / max(xHi - xLo, 1e-9) * plotW }
        func y(_ v: Double) -> Double { top + plotH - v / yHi * plotH }

        var s = svgOpen(width: width, height: height, label: "Importance–performance quadrant")
        let cx = x(perfCut), cy = y(impCut)
        // Quadrant tints and names.
        s += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(cx - left))\" height=\"\(f(cy - top))\" fill=\"#fbeae6\"/>\n"
        s += "<rect x=\"\(f(cx))\" y=\"\(f(top))\" width=\"\(f(left + plotW - cx))\" height=\"\(f(cy - top))\" fill=\"#e8f3ec\"/>\n"
        s += "<rect x=\"\(f(left))\" y=\"\(f(cy))\" width=\"\(f(cx - left))\" height=\"\(f(top + plotH - cy))\" fill=\"#f4f5f7\"/>\n"
        s += "<rect x=\"\(f(cx))\" y=\"\(f(cy))\" width=\"\(f(left + plotW - cx))\" height=\"\(f(top + plotH - cy))\" fill=\"#eef1f8\"/>\n"
        s += text("FIX", x: left + 8, y: top + 16, cls: "quad-name", fill: negative)
        s += text("PROTECT", x: left + plotW - 8, y: top + 16, anchor: "end", cls: "quad-name", fill: positive)
        s += text("MONITOR", x: left + 8, y: top + plotH - 8, cls: "quad-name", fill: muted)
        s += text("MAINTAIN", x: left + plotW - 8, y: top + plotH - 8, anchor: "end", cls: "quad-name", fill: muted)
        // Axes and ticks.
        let xt = ticks(xLo, xHi), yt = ticks(0, yHi)
        let xStep = xt.count > 1 ? xt[1] - xt[0] : 0.1, yStep = yt.count > 1 ? yt[1] - yt[0] : 0.1
        for t in xt {
            s += line(x(t), top + plotH, x(t), top + plotH + 4, stroke: muted)
            s += text(tickLabel(t, step: xStep), x: x(t), y: top + plotH + 17, anchor: "middle", cls: "tick")
        }
        for t in yt {
            s += line(left - 4, y(t), left, y(t), stroke: muted)
            s += text(tickLabel(t, step: yStep), x: left - 7, y: y(t) + 4, anchor: "end", cls: "tick")
        }
        s += line(left, top + plotH, left + plotW, top + plotH, stroke: muted)
        s += line(left, top, left, top + plotH, stroke: muted)
        s += line(cx, top, cx, top + plotH, stroke: "#9aa3b2", dash: "4 3")
        s += line(left, cy, left + plotW, cy, stroke: "#9aa3b2", dash: "4 3")
        s += text("Performance: net sentiment of mentions →", x: left + plotW / 2, y: height - 12, anchor: "middle", cls: "axis")
        let importanceTitle = "Importance" + ((cut?.importanceSource).map { $0.isEmpty ? "" : " (\($0))" } ?? "") + " →"
        s += "<text class=\"axis\" text-anchor=\"middle\" transform=\"translate(16 \(f(top + plotH / 2))) rotate(-90)\">\(h(importanceTitle))</text>\n"

        // Points, largest first so small ones stay visible; labels placed greedily where they do not overlap.
        // The quadrant names count as placed, so point labels keep clear of them.
        let nameW = 120.0
        var placed: [(Double, Double, Double, Double)] = [
            (left, top, left + nameW, top + 22), (left + plotW - nameW, top, left + plotW, top + 22),
            (left, top + plotH - 22, left + nameW, top + plotH), (left + plotW - nameW - 20, top + plotH - 22, left + plotW, top + plotH),
        ]
        let order = points.indices.sorted { points[$0].mentions > points[$1].mentions }
        var dots = "", labels = ""
        var unlabelled: [String] = []
        for i in order {
            let p = points[i]
            let px = x(p.performance), py = y(p.importance)
            let r = 4 + 9 * (Double(p.mentions) / max(maxMentions, 1)).squareRoot()
            let fill = p.importance >= impCut && p.performance < perfCut ? negative
                : p.importance >= impCut ? positive : "#6f7d95"
            dots += "<circle cx=\"\(f(px))\" cy=\"\(f(py))\" r=\"\(f(r))\" fill=\"\(fill)\" fill-opacity=\"0.78\" stroke=\"#fff\" stroke-width=\"1.2\"><title>\(h(p.label)): importance \(NumberFormatting.fixed(p.importance, decimals: 3)), sentiment \(NumberFormatting.fixed(p.performance, decimals: 2)), \(p.mentions) mentions</title></circle>\n"
            let label = clip(p.label, 26)
            let w = Double(label.count) * charWidth, hgt = 12.0
            let candidates: [(Double, Double, String)] = [
                (px + r + 3, py + 4, "start"), (px - r - 3, py + 4, "end"),
                (px, py - r - 4, "middle"), (px, py + r + 12, "middle"),
            ]
            var chosen: (Double, Double, String)?
            for c in candidates {
                let x0 = c.2 == "start" ? c.0 : c.2 == "end" ? c.0 - w : c.0 - w / 2
                let box = (x0, c.1 - 10, x0 + w, c.1 - 10 + hgt)
                let inside = box.0 >= left && box.2 <= left + plotW && box.1 >= top && box.3 <= top + plotH
                let clear = !placed.contains { box.0 < $0.2 && box.2 > $0.0 && box.1 < $0.3 && box.3 > $0.1 }
                if inside && clear { chosen = c; placed.append(box); break }
            }
            if let chosen {
                labels += text(label, x: chosen.0, y: chosen.1, anchor: chosen.2, cls: "point-label")
            } else {
                unlabelled.append(p.label)
            }
        }
        s += dots + labels + "</svg>\n"
        // Crowded points keep their tooltip and are named under the chart instead of over each other.
        if !unlabelled.isEmpty {
            s += "<p class=\"small\">Not labelled for space: \(unlabelled.map(h).joined(separator: ", ")).</p>\n"
        }
        return s
    }
}

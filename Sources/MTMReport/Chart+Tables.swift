/// Table-like charts: the touchpoint × emotion heatmap, segment comparison bars and driver weights.
extension Chart {
    static func heatmap(_ matrix: ReportDocument.EmotionMatrix) -> String {
        // Many emotions: narrower cells and column names on two staggered lines so they do not run together.
        let many = matrix.emotions.count > 8
        let labelW = 190.0, cellW = many ? 64.0 : 74.0, cellH = 26.0, headH = many ? 44.0 : 30.0, countW = 70.0
        let width = labelW + cellW * Double(matrix.emotions.count) + countW
        let height = headH + cellH * Double(matrix.rows.count) + 6
        let maxValue = max(matrix.rows.flatMap(\.values).max() ?? 0, 1e-9)
        var s = svgOpen(width: width, height: height, label: "Touchpoint by emotion heatmap")
        for (j, emotion) in matrix.emotions.enumerated() {
            let y = many && j % 2 == 0 ? headH - 24 : headH - 10
            s += text(clip(emotion, 14), x: labelW + cellW * (Double(j) + 0.5), y: y, anchor: "middle", cls: "col-head")
        }
        s += text("mentions", x: labelW + cellW * Double(matrix.emotions.count) + countW - 6, y: headH - 10,
                  anchor: "end", cls: "col-head")
        for (i, row) in matrix.rows.enumerated() {
            let y0 = headH + cellH * Double(i)
            s += text(clip(row.label, 28), x: labelW - 10, y: y0 + cellH / 2 + 4, anchor: "end", cls: "row-head")
            for (j, value) in row.values.prefix(matrix.emotions.count).enumerated() {
                let t = max(0, min(1, value / maxValue))
                s += "<rect x=\"\(f(labelW + cellW * Double(j) + 1))\" y=\"\(f(y0 + 1))\" width=\"\(f(cellW - 2))\" height=\"\(f(cellH - 2))\" rx=\"3\" fill=\"\(heat(t))\"><title>\(h(row.label)) · \(h(matrix.emotions[j])): \(Format.percent(value))</title></rect>\n"
                s += text(Format.percent(value), x: labelW + cellW * (Double(j) + 0.5), y: y0 + cellH / 2 + 4,
                          anchor: "middle", cls: "cell", fill: t > 0.55 ? "#ffffff" : ink)
            }
            s += text(Format.count(row.mentions), x: labelW + cellW * Double(matrix.emotions.count) + countW - 6,
                      y: y0 + cellH / 2 + 4, anchor: "end", cls: "tick")
        }
        return s + "</svg>\n"
    }

    /// White to deep indigo.
    static func heat(_ t: Double) -> String {
        let from = (247.0, 248.0, 252.0), to = (49.0, 54.0, 149.0)
        func c(_ a: Double, _ b: Double) -> String {
            let v = Int((a + (b - a) * t).rounded())
            let hex = String(v, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + c(from.0, to.0) + c(from.1, to.1) + c(from.2, to.2)
    }

    /// Segment values drawn per dimension.
    static let maxSegmentRows = 12

    /// Diverging bars of mean sentiment per segment value, with record counts and negative share.
    static func segment(_ comparison: ReportDocument.SegmentComparison) -> String {
        // The largest values first; the rest are in segments.csv.
        let rows = Array(comparison.rows.sorted {
            $0.records != $1.records ? $0.records > $1.records : $0.value < $1.value
        }.prefix(maxSegmentRows))
        let labelW = 170.0, plotW = 360.0, infoW = 200.0, rowH = 24.0, headH = 26.0
        let width = labelW + plotW + infoW, height = headH + rowH * Double(rows.count) + 8
        let bound = sentimentBound(rows.map(\.meanCompound))
        let zero = labelW + plotW / 2
        func x(_ v: Double) -> Double { zero + v / bound * (plotW / 2 - 10) }
        var s = "<h3 class=\"sub\">\(h(comparison.dimension))</h3>\n"
        s += svgOpen(width: width, height: height, label: "Sentiment by \(comparison.dimension)")
        s += text("mean sentiment", x: zero, y: 14, anchor: "middle", cls: "col-head")
        s += text("records · negative", x: width - 6, y: 14, anchor: "end", cls: "col-head")
        s += line(zero, headH - 4, zero, height - 4, stroke: "#9aa3b2", dash: "4 3")
        for (i, r) in rows.enumerated() {
            let y0 = headH + rowH * Double(i)
            s += text(clip(r.value, 26), x: labelW - 10, y: y0 + rowH / 2 + 4, anchor: "end", cls: "row-head")
            let x1 = min(zero, x(r.meanCompound)), x2 = max(zero, x(r.meanCompound))
            s += "<rect x=\"\(f(x1))\" y=\"\(f(y0 + 5))\" width=\"\(f(max(x2 - x1, 1)))\" height=\"\(f(rowH - 10))\" rx=\"2\" fill=\"\(color(for: r.meanCompound))\"/>\n"
            let after = r.meanCompound >= 0
            s += text(Format.signed(r.meanCompound), x: after ? x2 + 5 : x1 - 5, y: y0 + rowH / 2 + 4,
                      anchor: after ? "start" : "end", cls: "value")
            s += text("\(Format.count(r.records)) · \(Format.percent(r.negativeShare))", x: width - 6,
                      y: y0 + rowH / 2 + 4, anchor: "end", cls: "tick")
        }
        s += "</svg>\n"
        if comparison.rows.count > rows.count {
            s += "<p class=\"small\">\(comparison.rows.count - rows.count) smaller values of \(h(comparison.dimension)) are in segments.csv.</p>\n"
        }
        return s
    }

    /// Driver weights as bars with their intervals as whiskers.
    static func drivers(_ drivers: [ReportDocument.DriverRow]) -> String {
        let rows = Array(drivers.prefix(15))
        let labelW = 190.0, plotW = 440.0, valueW = 90.0, rowH = 24.0, headH = 24.0
        let width = labelW + plotW + valueW, height = headH + rowH * Double(rows.count) + 24
        let lo = min(0, rows.map { min($0.weight, $0.lower ?? $0.weight) }.min() ?? 0)
        let hi = max(1e-9, rows.map { max($0.weight, $0.upper ?? $0.weight) }.max() ?? 0)
        func x(_ v: Double) -> Double { labelW + (v - lo) / (hi - lo) * (plotW - 12) }
        var s = svgOpen(width: width, height: height, label: "Driver weights")
        let methods = orderedUnique(rows.map(\.method)).joined(separator: ", ")
        s += text("weight — \(methods)", x: labelW, y: 14, cls: "col-head")
        s += line(x(0), headH - 2, x(0), height - 20, stroke: "#9aa3b2")
        for (i, d) in rows.enumerated() {
            let y0 = headH + rowH * Double(i), mid = y0 + rowH / 2
            s += text(clip(d.label, 28), x: labelW - 10, y: mid + 4, anchor: "end", cls: "row-head")
            let x1 = min(x(0), x(d.weight)), x2 = max(x(0), x(d.weight))
            s += "<rect x=\"\(f(x1))\" y=\"\(f(y0 + 6))\" width=\"\(f(max(x2 - x1, 1)))\" height=\"\(f(rowH - 12))\" rx=\"2\" fill=\"#3b4cc0\" fill-opacity=\"0.8\"/>\n"
            if let l = d.lower, let u = d.upper {
                s += line(x(l), mid, x(u), mid, stroke: ink, width: 1.3)
                s += line(x(l), mid - 5, x(l), mid + 5, stroke: ink, width: 1.3)
                s += line(x(u), mid - 5, x(u), mid + 5, stroke: ink, width: 1.3)
            }
            s += text(NumberFormatting.fixed(d.weight, decimals: 3), x: width - 6, y: mid + 4, anchor: "end", cls: "value")
        }
        for t in ticks(lo, hi, count: 4) {
            s += text(tickLabel(t, step: (hi - lo) / 4), x: x(t), y: height - 6, anchor: "middle", cls: "tick")
        }
        return s + "</svg>\n"
    }
}

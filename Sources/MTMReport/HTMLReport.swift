/// The report for people: one self-contained HTML file (inline CSS and SVG, no scripts, no external assets) that
/// reads on screen and prints. Every piece of customer or input text goes through `h(_:)`.
public struct HTMLReport: Sendable {
    public let document: ReportDocument
    /// How many moments get a card, and how many quotes each card shows.
    static let momentCards = 8
    static let quotesPerCard = 3
    /// Touchpoints shown in the table and the heatmap.
    static let touchpointRows = 15
    /// Longest quote shown on a card (characters); the full clause is in mentions.csv.
    static let quoteCharacters = 280

    public init(_ document: ReportDocument) {
        self.document = document
    }

    public var html: String {
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"\(h(document.generator))\">\n"
        page += "<title>\(h(document.title))</title>\n<style>\n\(HTMLReport.css)</style>\n</head>\n<body>\n<main>\n"
        page += header()
        page += momentsSection()
        page += section(id: "quadrant", title: "Importance and performance",
                        lede: "Each touchpoint by how much it matters (derived importance) and how well it does (net sentiment). Top left: fix first; top right: protect.",
                        body: Chart.quadrant(document.quadrant, cut: document.quadrantCut), when: !document.quadrant.isEmpty)
        page += section(id: "journey", title: "The journey curve",
                        lede: "Mean sentiment of mentions at each stage of the journey, with mention volume behind it.",
                        body: Chart.journey(document.stages), when: !document.stages.isEmpty)
        page += section(id: "emotions", title: "Touchpoints × emotions",
                        lede: "How each touchpoint’s emotion tags divide among the emotions.",
                        body: Chart.heatmap(limitedEmotions()),
                        when: !document.emotions.rows.isEmpty && !document.emotions.emotions.isEmpty)
        page += section(id: "trends", title: "Trends",
                        lede: "Mean sentiment per period for the most mentioned touchpoints.",
                        body: Chart.trends(document.trends), when: !document.trends.isEmpty)
        page += section(id: "segments", title: "Segments compared",
                        lede: "Mean sentiment of mentions and share of negative mentions for each segment value; the top issue is the touchpoint with most negative mentions.",
                        body: document.segments.map(Chart.segment).joined(), when: !document.segments.isEmpty)
        page += section(id: "drivers", title: "Drivers",
                        lede: "How much each touchpoint moves the outcome, with its interval.",
                        body: Chart.drivers(document.drivers), when: !document.drivers.isEmpty)
        page += section(id: "touchpoints", title: "Touchpoints", lede: nil, body: touchpointTable(),
                        when: !document.touchpoints.isEmpty)
        page += footer()
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    func header() -> String {
        let c = document.counts
        var x = "<header class=\"masthead\">\n<p class=\"kicker\">Moments That Matter report</p>\n"
        x += "<h1>\(h(document.title))</h1>\n<p class=\"meta\">"
        var meta: [String] = []
        if !document.taxonomy.isEmpty { meta.append("Taxonomy <strong>\(h(document.taxonomy))</strong>") }
        if !document.inputs.isEmpty {
            let shown = document.inputs.prefix(3).map(h).joined(separator: ", ")
            meta.append("Input \(shown)\(document.inputs.count > 3 ? " and \(document.inputs.count - 3) more" : "")")
        }
        x += meta.joined(separator: " · ") + "</p>\n<div class=\"tiles\">\n"
        let withMentions = c.scored > 0 ? Double(c.recordsWithMentions) / Double(c.scored) : 0
        x += tile(Format.count(c.read), "records read")
        x += tile(Format.count(c.scored), "scored")
        x += tile(Format.count(c.rejected), "rejected", warn: c.rejected > 0)
        x += tile(Format.count(c.mentions), "touchpoint mentions")
        x += tile(Format.percent(withMentions), "records with a touchpoint")
        x += "</div>\n</header>\n"
        return x
    }

    private func tile(_ value: String, _ label: String, warn: Bool = false) -> String {
        "<div class=\"tile\(warn ? " warn" : "")\"><span class=\"value\">\(value)</span><span class=\"label\">\(label)</span></div>\n"
    }

    func momentsSection() -> String {
        let shown = document.moments.prefix(Self.momentCards)
        var body = ""
        if shown.isEmpty {
            body = "<p class=\"empty\">No moments: no touchpoint was mentioned often enough to rank.</p>\n"
        } else {
            body = "<div class=\"cards\">\n" + shown.map(card).joined() + "</div>\n"
        }
        return section(id: "moments", title: "Top moments",
                       lede: "Ranked by MTM score: how often a touchpoint comes up, how strongly customers feel, and how much it drives the outcome.",
                       body: body, when: true)
    }

    func card(_ m: ReportDocument.Moment) -> String {
        let tone = Tone(momentClass: m.momentClass, compound: m.meanCompound)
        var x = "<article class=\"card \(tone.rawValue)\">\n<div class=\"card-head\">"
        x += "<span class=\"rank\">\(m.rank)</span><div class=\"card-title\"><h3>\(h(m.label))</h3>"
        x += "<p><span class=\"stage\">\(h(m.stage))</span><span class=\"badge \(tone.rawValue)\">\(h(m.momentClass))</span></p></div>"
        x += "<div class=\"score\"><span>\(NumberFormatting.fixed(m.score, decimals: 2))</span><small>MTM score</small></div></div>\n"
        x += "<p class=\"reason\">\(h(m.reason))</p>\n"
        x += "<p class=\"facts\">\(Format.count(m.mentions)) mentions · \(Format.percent(m.share)) of records · "
        x += "sentiment \(Format.signed(m.meanCompound)) · \(Format.percent(m.negativeShare)) negative</p>\n"
        if !m.components.isEmpty { x += Chart.components(m.components) }
        let quotes = m.quotes.prefix(Self.quotesPerCard)
        if !quotes.isEmpty {
            x += "<div class=\"quotes\">\n"
            for q in quotes {
                let qTone = Tone(momentClass: "", compound: q.compound)
                x += "<blockquote class=\"\(qTone.rawValue)\"><p>\(h(Chart.clip(q.text, Self.quoteCharacters)))</p>"
                x += "<cite>\(h(q.recordID)) · \(Format.signed(q.compound))</cite></blockquote>\n"
            }
            x += "</div>\n"
        }
        x += "</article>\n"
        return x
    }

    func touchpointTable() -> String {
        var x = "<table class=\"data\">\n<thead><tr><th>Touchpoint</th><th>Stage</th><th class=\"num\">Mentions</th>"
        x += "<th class=\"num\">Share</th><th class=\"num\">Sentiment</th><th class=\"num\">Negative</th>"
        x += "<th>Top emotion</th></tr></thead>\n<tbody>\n"
        for t in document.touchpoints.prefix(Self.touchpointRows) {
            x += "<tr><td>\(h(t.label))\(t.handoff ? " <span class=\"handoff\" title=\"crosses silos\">hand-off</span>" : "")</td>"
            x += "<td>\(h(t.stage))</td><td class=\"num\">\(Format.count(t.mentions))</td>"
            x += "<td class=\"num\">\(Format.percent(t.share))</td><td class=\"num\">\(Format.signed(t.meanCompound))</td>"
            x += "<td class=\"num\">\(Format.percent(t.negativeShare))</td><td>\(h(t.topEmotion ?? "–"))</td></tr>\n"
        }
        x += "</tbody>\n</table>\n"
        if document.touchpoints.count > Self.touchpointRows {
            x += "<p class=\"small\">\(document.touchpoints.count - Self.touchpointRows) more touchpoints in touchpoints.csv and mtm.xlsx.</p>\n"
        }
        return x
    }

    func footer() -> String {
        let c = document.counts
        var x = "<footer>\n<h2>About this report</h2>\n<ul>\n"
        x += "<li>Records read \(Format.count(c.read)) = scored \(Format.count(c.scored)) + rejected \(Format.count(c.rejected)); rejected records are listed with their reason in rejects.csv.</li>\n"
        for note in document.notes { x += "<li>\(h(note))</li>\n" }
        x += "</ul>\n<p class=\"small\">Generated by \(h(document.generator))"
        if let at = document.generatedAt { x += " on \(h(at))" }
        x += ". Every table is also in the CSV files and mtm.xlsx beside this report.</p>\n</footer>\n"
        return x
    }

    func section(id: String, title: String, lede: String?, body: String, when shown: Bool) -> String {
        guard shown else { return "" }
        var x = "<section id=\"\(id)\">\n<h2>\(h(title))</h2>\n"
        if let lede { x += "<p class=\"lede\">\(h(lede))</p>\n" }
        return x + body + "</section>\n"
    }

    /// The heatmap's rows: the most mentioned touchpoints.
    func limitedEmotions() -> ReportDocument.EmotionMatrix {
        var matrix = document.emotions
        matrix.rows = Array(matrix.rows.sorted { $0.mentions > $1.mentions }.prefix(Self.touchpointRows))
        return matrix
    }
}

/// Escapes text for HTML content and attributes.
@inline(__always) func h(_ text: String) -> String { XMLText.escaped(text) }

/// A card's or quote's colour: negative moments red, positive green, the rest amber.
enum Tone: String {
    case negative, positive, mixed

    init(momentClass: String, compound: Double) {
        let c = momentClass.lowercased()
        if ["pain", "friction", "critical", "detractor", "risk", "broken"].contains(where: c.contains) {
            self = .negative
        } else if ["delight", "strength", "promoter", "bright"].contains(where: c.contains) {
            self = .positive
        } else if compound <= -0.05 {
            self = .negative
        } else if compound >= 0.05 {
            self = .positive
        } else {
            self = .mixed
        }
    }
}

/// Number text for people.
enum Format {
    /// 12,345
    static func count(_ n: Int) -> String {
        (n < 0 ? "−" : "") + NumberFormatting.grouped(n.magnitude)
    }

    /// 0.253 → 25.3%
    static func percent(_ fraction: Double) -> String {
        NumberFormatting.fixed(fraction * 100, decimals: 1) + "%"
    }

    /// +0.42 / −0.17 (typographic minus)
    static func signed(_ value: Double) -> String {
        let text = NumberFormatting.fixed(abs(value), decimals: 2)
        if text == "0.00" { return "0.00" }
        return (value < 0 ? "−" : "+") + text
    }
}

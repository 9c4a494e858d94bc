import Foundation
import MTMHTML
import MTMRecord

/// Layer 4: when no structured data or profile matches, looks for repeated sibling blocks (same tag and class)
/// that each hold a paragraph of text, and reads each block as a review: its long lines as the text, a star or
/// score cue as the rating, a date-like short line as the date. Marked `fallback` (low confidence).
public struct FallbackExtractor: ReviewExtractor {
    /// A group needs at least this many sibling blocks to count as a list of reviews.
    public static let minimumBlocks = 3
    /// A line with fewer words is a label (author, date, button), not review text.
    public static let minimumWordsPerLine = 4
    /// Share of a group's blocks that must hold review-like text.
    public static let minimumTextShare = 0.6

    public var method: ExtractionMethod { .fallback }
    public init() {}

    /// Star/score cues in attributes, e.g. `aria-label="4 out of 5"`, `title="Rated 4 stars"`, `class="stars-4"`.
    static let cueAttributes = ["aria-label", "title", "alt", "data-rating", "class"]
    static let classCue = try! NSRegularExpression(
        pattern: #"(?:star|rating|score)s?[-_](\d(?:[-_.]\d)?)\b"#, options: [.caseInsensitive])

    public func extract(from page: PageContext) -> LayerOutput {
        var output = LayerOutput()
        let parents = page.select("//body//*[count(*) >= \(Self.minimumBlocks)]", findings: &output.findings)
        var best: (blocks: [HTMLNode], score: Int)?
        for parent in parents {
            var groups: [String: [HTMLNode]] = [:]
            var order: [String] = []
            for child in parent.elementChildren where !child.isHidden {
                let key = child.name + "." + (child.attribute("class") ?? "")
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(child)
            }
            for key in order {
                guard let blocks = groups[key], blocks.count >= Self.minimumBlocks else { continue }
                let texts = blocks.map { bodyLines($0.text()) }
                let withText = texts.filter { !$0.isEmpty }.count
                guard Double(withText) >= Double(blocks.count) * Self.minimumTextShare else { continue }
                let score = texts.reduce(0) { $0 + $1.joined().count }
                if score > (best?.score ?? 0) { best = (blocks, score) }
            }
        }
        guard let blocks = best?.blocks else { return output }
        for block in blocks {
            let all = block.text()
            // Paragraph elements are the text when the block has them; otherwise its long lines.
            let paragraphs = ((try? page.document.select(".//p", in: block)) ?? []).map { $0.text() }
                .filter { !$0.isEmpty }
            let body = paragraphs.isEmpty ? bodyLines(all).joined(separator: "\n") : paragraphs.joined(separator: "\n")
            let text = page.cleaner.clean(body)
            guard !text.isEmpty else { continue }
            var review = ScrapedReview(text: text)
            // Lines outside the text are labels: author, date, star captions.
            let shortLines = all.split(separator: "\n").map(String.init).filter { !body.contains($0) }
            if let dateLine = shortLines.first(where: { DateParser.iso8601($0) != nil }) {
                review.rawDate = dateLine
                review.date = DateParser.iso8601(dateLine)
            }
            if let rating = ratingCue(in: block, shortLines: shortLines) {
                review.rating = rating.value
                review.bestRating = rating.best ?? 5
            }
            output.reviews.append(review)
        }
        return output
    }

    func isBodyLine(_ line: String) -> Bool {
        line.split(separator: " ").count >= Self.minimumWordsPerLine
    }

    func bodyLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter(isBodyLine)
    }

    /// The first rating-like cue: "N out of M" in an attribute or a short line, or a `stars-N` class.
    func ratingCue(in block: HTMLNode, shortLines: [String]) -> RatingParser.Rating? {
        let nodes = (try? block.document.select(".//*[@aria-label or @title or @alt or @data-rating or @class]",
                                                in: block)) ?? []
        for node in [block] + nodes {
            for attribute in Self.cueAttributes {
                guard let value = node.attribute(attribute) else { continue }
                if attribute == "class" {
                    if let r = RatingParser.parse(text: value, pattern: Self.classCue, divisor: 1), r.value <= 5 {
                        return RatingParser.Rating(value: r.value, best: 5)
                    }
                } else if attribute == "data-rating", let v = Double(value) {
                    return RatingParser.Rating(value: v, best: nil)
                } else if value.lowercased().contains("star") || value.contains(" out of ") || value.contains("/") {
                    if let r = RatingParser.parse(text: value), r.best != nil || value.lowercased().contains("star") {
                        return r
                    }
                }
            }
        }
        for line in shortLines where line.lowercased().contains("star") || line.contains("/") {
            if let r = RatingParser.parse(text: line), r.best != nil { return r }
        }
        return nil
    }
}

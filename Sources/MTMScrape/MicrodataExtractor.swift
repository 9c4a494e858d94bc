import Foundation
import MTMHTML
import MTMRecord

/// Layer 2: schema.org reviews in microdata (`itemscope itemtype=".../Review"`, `itemprop="review"`, with
/// `reviewBody`/`description`, `reviewRating`/`ratingValue`, `author`, `datePublished`, `name`) or, with the RDFa
/// vocabulary, in RDFa Lite (`typeof="Review"`, `property="reviewBody"`). `AggregateRating` items become page
/// metadata.
public struct MicrodataExtractor: ReviewExtractor {
    /// The attribute names of one syntax.
    public struct Vocabulary: Sendable {
        var property: String
        var scope: String
        var type: String
        var method: ExtractionMethod

        public static let microdata = Vocabulary(property: "itemprop", scope: "itemscope", type: "itemtype",
                                                 method: .microdata)
        public static let rdfa = Vocabulary(property: "property", scope: "typeof", type: "typeof", method: .rdfa)
    }

    public let vocabulary: Vocabulary
    public var method: ExtractionMethod { vocabulary.method }

    public init(_ vocabulary: Vocabulary = .microdata) {
        self.vocabulary = vocabulary
    }

    public func extract(from page: PageContext) -> LayerOutput {
        var output = LayerOutput()
        let v = vocabulary
        let candidates = page.select("//*[@\(v.scope)]", findings: &output.findings)
        var reviewItems: [HTMLNode] = []
        for item in candidates {
            let types = itemTypes(item)
            let isReview = types.contains("Review") || types.contains("UserReview")
                || (properties(item.attribute(v.property)).contains("review") && !types.contains("AggregateRating"))
            if isReview {
                // A review nested inside another review (a reply) is part of the outer one.
                if !reviewItems.contains(where: { item.isInside($0) }) { reviewItems.append(item) }
            } else if types.contains("AggregateRating"), output.aggregateRating == nil {
                let props = itemProperties(item)
                if let value = props["ratingValue"].flatMap({ number(propertyValue($0)) }) {
                    output.aggregateRating = AggregateRating(
                        ratingValue: value, bestRating: props["bestRating"].flatMap { number(propertyValue($0)) },
                        ratingCount: props["ratingCount"].flatMap { number(propertyValue($0)) }.map { Int($0) },
                        reviewCount: props["reviewCount"].flatMap { number(propertyValue($0)) }.map { Int($0) })
                }
            }
        }
        output.reviews = reviewItems.map { review(from: $0, page: page) }
        return output
    }

    func review(from item: HTMLNode, page: PageContext) -> ScrapedReview {
        let props = itemProperties(item)
        let body = (props["reviewBody"] ?? props["description"] ?? props["text"]).map { $0.text() } ?? ""
        var review = ScrapedReview(text: page.cleaner.clean(body))
        review.title = props["name"].map(propertyValue).flatMap(nonEmpty)
            ?? props["headline"].map(propertyValue).flatMap(nonEmpty)
        if let ratingNode = props["reviewRating"] {
            if isItem(ratingNode) {
                let rating = itemProperties(ratingNode)
                review.rating = rating["ratingValue"].flatMap { number(propertyValue($0)) }
                review.bestRating = rating["bestRating"].flatMap { number(propertyValue($0)) }
                review.worstRating = rating["worstRating"].flatMap { number(propertyValue($0)) }
            } else {
                review.rating = number(propertyValue(ratingNode))
            }
        } else if let value = props["ratingValue"] {
            review.rating = number(propertyValue(value))
        }
        if let author = props["author"] {
            review.author = isItem(author) ? itemProperties(author)["name"].map(propertyValue).flatMap(nonEmpty)
                ?? nonEmpty(author.text()) : nonEmpty(propertyValue(author))
        }
        if let date = props["datePublished"] ?? props["dateCreated"] {
            let raw = propertyValue(date)
            review.rawDate = raw
            review.date = DateParser.iso8601(raw)
        }
        review.pageID = item.attribute("id") ?? item.attribute("data-review-id") ?? item.attribute("resource")
        return review
    }

    /// Property name → first element carrying it, in the item's own scope (nested items are properties of this
    /// item but their inner properties are not).
    func itemProperties(_ item: HTMLNode) -> [String: HTMLNode] {
        var result: [String: HTMLNode] = [:]
        var pending = item.elementChildren.reversed() as [HTMLNode]
        while let node = pending.popLast() {
            for name in properties(node.attribute(vocabulary.property)) where result[name] == nil {
                result[name] = node
            }
            if !isItem(node) { pending.append(contentsOf: node.elementChildren.reversed()) }
        }
        return result
    }

    /// Property names in an attribute: space-separated, prefixes and vocabulary URLs dropped.
    func properties(_ attribute: String?) -> [String] {
        guard let attribute else { return [] }
        return attribute.split(separator: " ").map { token in
            String(token.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last ?? token)
        }
    }

    func itemTypes(_ node: HTMLNode) -> Set<String> {
        Set(properties(node.attribute(vocabulary.type)))
    }

    func isItem(_ node: HTMLNode) -> Bool {
        node.attribute(vocabulary.scope) != nil
    }

    /// A property's value: `content`, then `datetime`, `value`, else the visible text.
    func propertyValue(_ node: HTMLNode) -> String {
        for attribute in ["content", "datetime", "value"] {
            if let value = node.attribute(attribute) { return value.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        return node.text()
    }

    func number(_ text: String) -> Double? {
        RatingParser.parse(text: text)?.value
    }

    func nonEmpty(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

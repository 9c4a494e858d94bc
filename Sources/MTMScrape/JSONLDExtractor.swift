import Foundation
import MTMHTML
import MTMRecord

/// Layer 1: schema.org `Review` objects in `<script type="application/ld+json">`, wherever they sit (top level,
/// arrays, `@graph`, the `review` array of a Product / LocalBusiness / Recipe / SoftwareApplication), and the
/// subject's `AggregateRating` as page metadata. Broken JSON is a finding; the other scripts still count.
public struct JSONLDExtractor: ReviewExtractor {
    public var method: ExtractionMethod { .jsonLD }
    /// schema.org types that are reviews.
    static let reviewTypes: Set<String> = ["Review", "UserReview", "CriticReview", "EmployerReview"]

    public init() {}

    public func extract(from page: PageContext) -> LayerOutput {
        var output = LayerOutput()
        let scripts: [String]
        do { scripts = try page.document.scriptContents(ofType: "ld+json") } catch {
            output.findings.append(Finding(.warning, code: "xpath-failed", source: page.source, message: error.description))
            return output
        }
        for (index, script) in scripts.enumerated() {
            let raw = Self.unwrap(script)
            guard !raw.isEmpty else { continue }
            let value: JSONValue
            do { value = try JSONParser.parse(raw) } catch {
                output.findings.append(Finding(
                    .warning, code: "broken-json-ld", source: page.source, field: "ld+json script \(index + 1)",
                    message: "JSON-LD does not parse (\(error.description))",
                    hint: "the page's other data is still used; report it to the site if reviews are missing"))
                continue
            }
            collect(value, page: page, into: &output)
        }
        return output
    }

    /// Strips `<!-- -->` and `<![CDATA[ ]]>` wrappers some sites put around JSON-LD.
    static func unwrap(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")]
        where t.hasPrefix(open) && t.hasSuffix(close) {
            t = String(t.dropFirst(open.count).dropLast(close.count)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return t
    }

    /// Walks the value without recursion (JSON nests up to `JSONParser.maximumDepth`).
    func collect(_ root: JSONValue, page: PageContext, into output: inout LayerOutput) {
        var stack = [root]
        while let value = stack.popLast() {
            switch value {
            case let .array(items):
                stack.append(contentsOf: items.reversed())
            case let .object(members):
                let types = Self.types(of: value)
                if !types.isDisjoint(with: Self.reviewTypes) {
                    if let review = review(from: value, page: page) { output.reviews.append(review) }
                    continue
                }
                if types.contains("AggregateRating"), output.aggregateRating == nil {
                    output.aggregateRating = Self.aggregate(from: value)
                    continue
                }
                if output.aggregateRating == nil, let aggregate = value["aggregateRating"] {
                    output.aggregateRating = Self.aggregate(from: aggregate)
                }
                stack.append(contentsOf: members.map(\.value).reversed())
            default:
                continue
            }
        }
    }

    /// `@type` as a set of local names ("http://schema.org/Review" and "schema:Review" both give "Review").
    static func types(of value: JSONValue) -> Set<String> {
        var names: [String] = []
        switch value["@type"] {
        case let .string(s)?: names = [s]
        case let .array(items)?: names = items.compactMap(\.stringValue)
        default: break
        }
        return Set(names.map { name in
            String(name.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last ?? Substring(name))
        })
    }

    func review(from value: JSONValue, page: PageContext) -> ScrapedReview? {
        let body = Self.text(value["reviewBody"]) ?? Self.text(value["description"]) ?? Self.text(value["text"])
        let title = Self.text(value["name"]) ?? Self.text(value["headline"])
        var review = ScrapedReview(text: page.cleaner.clean(HTMLFragment.plainText(body ?? "")))
        review.title = title.map { HTMLFragment.plainText($0) }
        review.pageID = Self.text(value["@id"]) ?? Self.text(value["url"])
        if let rating = value["reviewRating"] {
            review.rating = rating["ratingValue"]?.doubleValue ?? rating.doubleValue
            review.bestRating = rating["bestRating"]?.doubleValue
            review.worstRating = rating["worstRating"]?.doubleValue
        }
        review.author = Self.name(value["author"])
        if let raw = Self.text(value["datePublished"]) ?? Self.text(value["dateCreated"]) {
            review.rawDate = raw
            review.date = DateParser.iso8601(raw)
        }
        return review
    }

    static func aggregate(from value: JSONValue) -> AggregateRating? {
        guard let rating = value["ratingValue"]?.doubleValue else { return nil }
        return AggregateRating(ratingValue: rating, bestRating: value["bestRating"]?.doubleValue,
                               ratingCount: value["ratingCount"]?.doubleValue.map { Int($0) },
                               reviewCount: value["reviewCount"]?.doubleValue.map { Int($0) })
    }

    static func text(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        if case let .array(items) = value { return items.lazy.compactMap { text($0) }.first }
        guard let s = value.scalarText?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
        return s
    }

    /// An author as a string, a Person/Organization object, or an array of those (joined with ", ").
    static func name(_ value: JSONValue?) -> String? {
        switch value {
        case let .array(items)?:
            let names = items.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        case .object?:
            return text(value?["name"])
        default:
            return text(value)
        }
    }
}

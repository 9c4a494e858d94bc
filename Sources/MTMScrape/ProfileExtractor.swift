import Foundation
import MTMHTML
import MTMRecord

/// Layer 3: a site profile's XPath expressions. A review container nested inside another (libxml2 nests the
/// next review inside an unclosed `<div>`) does not lend its fields to the outer one.
public struct ProfileExtractor: ReviewExtractor {
    public let profile: SiteProfile
    let ratingPattern: NSRegularExpression?
    public var method: ExtractionMethod { .profile(profile.name) }

    public init(profile: SiteProfile) {
        self.profile = profile
        self.ratingPattern = profile.rating?.pattern.flatMap { try? NSRegularExpression(pattern: $0) }
    }

    /// Whether the profile's test XPath finds something on the page.
    public func applies(to page: PageContext) -> Bool {
        guard let test = profile.test, let result = try? page.document.evaluate(test) else { return false }
        switch result {
        case let .nodes(nodes): return !nodes.isEmpty
        case let .boolean(b): return b
        case let .number(n): return n > 0
        case let .string(s): return !s.isEmpty
        }
    }

    public func extract(from page: PageContext) -> LayerOutput {
        var output = LayerOutput()
        let containers = page.select(profile.review, findings: &output.findings)
        for container in containers {
            let nested = containers.filter { !$0.isSame(as: container) && $0.isInside(container) }
            /// The first node of the first expression that gives a non-empty node outside nested containers.
            func first(_ expressions: [String]) -> HTMLNode? {
                for expression in expressions {
                    let found = page.select(expression, in: container, findings: &output.findings)
                        .first { node in !nested.contains { node.isInside($0) } && !node.text().isEmpty }
                    if let found { return found }
                }
                return nil
            }
            let title = first(profile.title).map { page.cleaner.clean($0.text()) }.flatMap { $0.isEmpty ? nil : $0 }
            var body = page.cleaner.clean(first(profile.body)?.text() ?? "")
            // Some sites put the title inside the body element (Google Play).
            if let title, body.hasPrefix(title), body.count > title.count {
                body = String(body.dropFirst(title.count)).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            var review = ScrapedReview(text: body)
            review.title = title
            review.author = first(profile.author)?.text().trimmingCharacters(in: .whitespacesAndNewlines)
            if let raw = first(profile.date)?.text() {
                review.rawDate = raw
                review.date = DateParser.iso8601(raw)
            }
            review.pageID = first(profile.id)?.text()
            if let rule = profile.rating, let node = first(rule.xpath) {
                let text = node.text()
                let rating = ratingPattern.flatMap { RatingParser.parse(text: text, pattern: $0, divisor: rule.divisor) }
                    ?? RatingParser.parse(text: text)
                if let rating {
                    review.rating = rating.value
                    review.bestRating = rating.best ?? rule.best
                } else {
                    output.findings.append(Finding(.warning, code: "unparsed-rating", source: page.source,
                                                   field: "rating", message: "cannot read a rating from '\(text)'",
                                                   hint: "check the profile's rating xpath/pattern"))
                }
            }
            output.reviews.append(review)
        }
        return output
    }
}

import Foundation
import MTMHTML
import Yams

/// How to read one site's review markup: XPath expressions for the review container and, relative to it, the
/// fields. Loaded from YAML (`Lexicons/sites/<site>.yaml`; see `_template.yaml` there for every key).
public struct SiteProfile: Sendable, Hashable {
    /// How a rating is read: the node `xpath` selects (an element's text or an attribute such as `@aria-label` or
    /// `@class`), then the first capture of `pattern` divided by `divisor`, or without a pattern the text read as
    /// "4 out of 5" / "Rated 4 stars out of five" / "4.0". `best` is the scale's top when the page does not say.
    public struct RatingRule: Sendable, Hashable {
        public var xpath: [String]
        public var pattern: String?
        public var divisor: Double
        public var best: Double

        public init(xpath: [String], pattern: String? = nil, divisor: Double = 1, best: Double = 5) {
            self.xpath = xpath
            self.pattern = pattern
            self.divisor = divisor
            self.best = best
        }
    }

    public var name: String
    /// Host patterns: `trustpilot.com` (that host and its subdomains), `amazon.*` (any country domain).
    public var hosts: [String]
    /// An XPath that is non-empty (or true) on the site's pages: matches saved pages whose URL is unknown.
    public var test: String?
    /// The review containers (one XPath; use `|` for several layouts).
    public var review: String
    /// Field XPaths, relative to a container, tried in order until one gives text.
    public var body: [String]
    public var title: [String]
    public var rating: RatingRule?
    public var author: [String]
    public var date: [String]
    public var id: [String]
    /// XPaths (from the document) to the next page's URL, an `href` attribute.
    public var next: [String]
    /// Where the profile was loaded from.
    public var path: String

    public init(name: String, hosts: [String] = [], test: String? = nil, review: String, body: [String],
                title: [String] = [], rating: RatingRule? = nil, author: [String] = [], date: [String] = [],
                id: [String] = [], next: [String] = [], path: String = "<built in>") {
        self.name = name
        self.hosts = hosts
        self.test = test
        self.review = review
        self.body = body
        self.title = title
        self.rating = rating
        self.author = author
        self.date = date
        self.id = id
        self.next = next
        self.path = path
    }

    /// Whether `host` (lower case) is one of the profile's hosts.
    public func matches(host: String) -> Bool {
        let host = host.lowercased()
        return hosts.contains { pattern in
            let pattern = pattern.lowercased()
            if pattern.hasSuffix(".*") {
                // `amazon.*`: the label `amazon`, then one or two labels of country/generic domain.
                let label = String(pattern.dropLast(2))
                let labels = host.split(separator: ".").map(String.init)
                guard let at = labels.lastIndex(of: label) else { return false }
                let rest = labels.count - at - 1
                return rest == 1 || rest == 2
            }
            return host == pattern || host.hasSuffix("." + pattern)
        }
    }
}

extension SiteProfile {
    /// Reads and checks a profile: YAML keys, non-empty required fields, every XPath compiles, the pattern is a
    /// valid regular expression.
    public static func load(path: String) throws(ScrapeError) -> SiteProfile {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadableProfile(path: path, reason: error.localizedDescription)
        }
        return try parse(yaml: text, path: path)
    }

    public static func parse(yaml: String, path: String) throws(ScrapeError) -> SiteProfile {
        let node: Any?
        do { node = try Yams.load(yaml: yaml) } catch {
            throw .invalidProfile(path: path, field: nil, reason: "not valid YAML (\(error))")
        }
        guard let map = node as? [String: Any] else {
            throw .invalidProfile(path: path, field: nil, reason: "the file must be a mapping of keys to values")
        }
        let known: Set<String> = ["name", "description", "hosts", "test", "review", "body", "title", "rating",
                                  "author", "date", "id", "next"]
        if let unknown = map.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalidProfile(path: path, field: unknown,
                                  reason: "unknown key; the keys are \(known.sorted().joined(separator: ", "))")
        }
        func string(_ key: String, required: Bool = false) throws(ScrapeError) -> String? {
            guard let value = map[key] else {
                if required { throw .invalidProfile(path: path, field: key, reason: "missing; it is required") }
                return nil
            }
            guard let text = value as? String, !text.isEmpty else {
                throw .invalidProfile(path: path, field: key, reason: "must be a non-empty string")
            }
            return text
        }
        /// A string or a list of strings.
        func strings(_ key: String, required: Bool = false) throws(ScrapeError) -> [String] {
            guard let value = map[key] else {
                if required { throw .invalidProfile(path: path, field: key, reason: "missing; it is required") }
                return []
            }
            if let text = value as? String, !text.isEmpty { return [text] }
            if let list = value as? [Any], !list.isEmpty,
               case let texts = list.compactMap({ $0 as? String }), texts.count == list.count,
               !texts.contains(where: \.isEmpty) {
                return texts
            }
            throw .invalidProfile(path: path, field: key, reason: "must be an XPath or a list of XPaths")
        }
        var hosts: [String] = []
        if let value = map["hosts"] {
            if let single = value as? String { hosts = [single] } else if let list = value as? [Any] {
                hosts = list.map { "\($0)" }
            } else {
                throw .invalidProfile(path: path, field: "hosts", reason: "must be a host or a list of hosts")
            }
        }
        let rating: RatingRule?
        switch map["rating"] {
        case nil: rating = nil
        case let xpath as String: rating = RatingRule(xpath: [xpath])
        case let xpaths as [String]: rating = RatingRule(xpath: xpaths)
        case let rule as [String: Any]:
            let xpath: [String]
            if let single = rule["xpath"] as? String { xpath = [single] } else if let list = rule["xpath"] as? [String],
                !list.isEmpty { xpath = list } else {
                throw .invalidProfile(path: path, field: "rating.xpath", reason: "missing; an XPath or a list is required")
            }
            func number(_ key: String, _ fallback: Double) throws(ScrapeError) -> Double {
                guard let value = rule[key] else { return fallback }
                if let d = value as? Double { return d }
                if let i = value as? Int { return Double(i) }
                throw .invalidProfile(path: path, field: "rating.\(key)", reason: "must be a number")
            }
            rating = RatingRule(xpath: xpath, pattern: rule["pattern"] as? String,
                                divisor: try number("divisor", 1), best: try number("best", 5))
        default:
            throw .invalidProfile(path: path, field: "rating", reason: "must be an XPath or a mapping with xpath")
        }
        let profile = SiteProfile(
            name: try string("name", required: true)!, hosts: hosts, test: try string("test"),
            review: try string("review", required: true)!, body: try strings("body", required: true),
            title: try strings("title"), rating: rating, author: try strings("author"), date: try strings("date"),
            id: try strings("id"), next: try strings("next"), path: path)
        try profile.check()
        return profile
    }

    /// Every XPath compiles and the rating pattern is a regular expression with a capture group.
    func check() throws(ScrapeError) {
        let fields: [(String, [String])] = [("test", test.map { [$0] } ?? []), ("review", [review]), ("body", body),
                                            ("title", title), ("rating.xpath", rating?.xpath ?? []),
                                            ("author", author), ("date", date), ("id", id), ("next", next)]
        for (field, expressions) in fields {
          for expression in expressions {
            do { try HTMLDocument.checkXPath(expression) } catch {
                throw .invalidProfile(path: path, field: field, reason: error.description)
            }
          }
        }
        if let pattern = rating?.pattern {
            guard let regex = try? NSRegularExpression(pattern: pattern), regex.numberOfCaptureGroups >= 1 else {
                throw .invalidProfile(path: path, field: "rating.pattern",
                                      reason: "'\(pattern)' must be a regular expression with one capture group")
            }
        }
        if let divisor = rating?.divisor, divisor <= 0 {
            throw .invalidProfile(path: path, field: "rating.divisor", reason: "must be greater than 0")
        }
    }

    /// The profiles in `directory` (`*.yaml`, files starting with `_` skipped), sorted by file name.
    public static func loadAll(directory: URL) throws(ScrapeError) -> [SiteProfile] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw .unreadableProfile(path: directory.path, reason: error.localizedDescription)
        }
        var profiles: [SiteProfile] = []
        for name in names.sorted() where name.hasSuffix(".yaml") && !name.hasPrefix("_") {
            profiles.append(try load(path: directory.appendingPathComponent(name).path))
        }
        return profiles
    }
}

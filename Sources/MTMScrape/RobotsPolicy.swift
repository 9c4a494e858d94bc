import Foundation

/// The rules of a robots.txt for one user agent: the group naming the agent's product token, else `*`.
/// Longest matching rule wins, `Allow` on ties; `*` and a trailing `$` are understood (RFC 9309).
public struct RobotsPolicy: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        var allow: Bool
        var pattern: String
    }

    var rules: [Rule]
    /// `Crawl-delay` in seconds, when the group gives one.
    public var crawlDelay: Double?

    /// Everything allowed (no robots.txt, or a 4xx answer for it).
    public static let allowAll = RobotsPolicy(rules: [], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses robots.txt for the agent whose product token is `agent` (e.g. `mtm`).
    public init(robotsTxt: String, agent: String) {
        var groups: [(agents: [String], rules: [Rule], delay: Double?)] = []
        var lastWasAgent = false
        for rawLine in robotsTxt.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
            guard parts.count == 2 else { continue }
            let key = parts[0].lowercased()
            let value = parts[1]
            switch key {
            case "user-agent":
                if !lastWasAgent { groups.append(([], [], nil)) }
                groups[groups.count - 1].agents.append(value.lowercased())
                lastWasAgent = true
                continue
            case "allow", "disallow":
                guard !groups.isEmpty else { break }
                // An empty Disallow allows everything: no rule.
                if !value.isEmpty { groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: value)) }
            case "crawl-delay":
                if !groups.isEmpty, let delay = Double(value) { groups[groups.count - 1].delay = delay }
            default:
                break
            }
            lastWasAgent = false
        }
        let token = agent.lowercased()
        let specific = groups.filter { $0.agents.contains(where: { token.hasPrefix($0) && $0 != "*" }) }
        let chosen = specific.isEmpty ? groups.filter { $0.agents.contains("*") } : specific
        self.rules = chosen.flatMap(\.rules)
        self.crawlDelay = chosen.compactMap(\.delay).first
    }

    /// Whether `path` (path plus query, e.g. `/reviews?page=2`) may be fetched.
    public func allows(_ path: String) -> Bool {
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            if best == nil || rule.pattern.count > best!.pattern.count
                || (rule.pattern.count == best!.pattern.count && rule.allow) {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        let anchored = pattern.hasSuffix("$")
        let body = anchored ? String(pattern.dropLast()) : pattern
        let pieces = body.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if piece.isEmpty {
                continue
            } else if index == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else {
                guard let found = rest.range(of: piece) else { return false }
                rest = rest[found.upperBound...]
            }
        }
        return !anchored || rest.isEmpty || pieces.last?.isEmpty == true
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

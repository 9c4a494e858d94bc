import Foundation

/// Removes what pages put around review text: "Read more" links, translation stubs, button labels. Works on the
/// visible text `HTMLNode.text()` gives (scripts, styles and hidden elements already dropped, line breaks kept).
public struct ReviewTextCleaner: Sendable {
    /// Lines dropped when they are all a line holds (compared case-insensitively, without trailing dots).
    /// Collected from the review sites mtm ships profiles for (Amazon, Google Play, Yelp, TripAdvisor, Trustpilot).
    public static let defaultStubLines: Set<String> = [
        "read more", "read less", "show more", "show less", "see more", "see less", "full review",
        "translate", "translate review", "see translation", "see original", "show original", "show translation",
        "translated by google", "(translated by google)", "original review", "review translated",
        "this review has been translated", "see all photos from this review", "report",
        "report abuse", "report review",
    ]
    /// Endings cut off the last line ("… Read more").
    public static let defaultStubSuffixes = ["… read more", "... read more", "…read more", "...read more", "read more",
                                             "… more", "... more", "…more", "see translation",
                                             "(translated by google)"]

    public var stubLines: Set<String>
    public var stubSuffixes: [String]

    public init(stubLines: Set<String> = Self.defaultStubLines, stubSuffixes: [String] = Self.defaultStubSuffixes) {
        self.stubLines = stubLines
        self.stubSuffixes = stubSuffixes
    }

    public func clean(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        lines.removeAll { stubLines.contains(Self.key($0)) }
        if var last = lines.last {
            let lower = last.lowercased()
            if let suffix = stubSuffixes.first(where: { lower.hasSuffix($0) && lower.count > $0.count }) {
                last = String(last.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
                lines[lines.count - 1] = last
            }
        }
        // Collapse runs of blank lines left by removals and trim the ends.
        var result: [String] = []
        for line in lines where !(line.isEmpty && (result.last?.isEmpty ?? true)) { result.append(line) }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }

    static func key(_ line: String) -> String {
        var lower = line.lowercased()
        while lower.hasSuffix(".") || lower.hasSuffix("…") { lower.removeLast() }
        return lower.trimmingCharacters(in: .whitespaces)
    }
}

import MTMText

/// Splits a sentence into clauses for aspect-level sentiment, and clauses into attribution windows.
///
/// The rule:
/// 1. A clause starts at a contrastive or concessive marker ("but", "however", "although", "though", "while",
///    "whereas", "yet", "except", "unfortunately") and at ";" or ":" — the marker belongs to the clause it opens.
///    A clause left with no words but markers joins the one before ("It was fine though."). A word after ".", "!"
///    or "?" also opens a clause, for sentence ends the text stage did not split at ("too baggy. i think ...").
/// 2. Inside a clause each mention has a window, cut at the coordinating boundaries ("," "and" "&" "plus" "also"
///    "/" "-" brackets) around it and between it and the next mention (see `windows`).
/// 3. The mention takes the sentiment of its window, or of the whole clause when its window has none, scored without
///    the mention's own words: touchpoint names are often sentiment words ("support", "fit", "complaint", "loyal
///    customer") that would colour every clause naming them. When nothing is left, the mention word may be the
///    evaluation itself ("very comfortable", "overpriced") and is scored, unless a determiner shows it is a name
///    ("the fit was boxy" stays neutral). See `TouchpointTagger.mentionScore`.
///
/// Limits: no parsing, so long-distance attachment fails ("the staff, unlike the room, were lovely" gives room the
/// staff's praise); "while" as a time word ("while waiting") still splits; a mention whose clause has no sentiment
/// word is neutral even when the next clause carries the feeling ("Checkout. Nightmare.").
public enum ClauseSplitter {
    /// Words that open a new clause (case-folded norms).
    public static let contrastiveMarkers: Set<String> = [
        "but", "however", "although", "though", "while", "whereas", "yet", "except", "unfortunately", "nevertheless",
        "nonetheless", "otherwise", "whilst", "albeit",
    ]
    /// Punctuation that opens a new clause.
    public static let clausePunctuation: Set<String> = [";", ":", "\u{2014}", "\u{2013}"]
    /// Boundaries between attribution windows inside a clause.
    public static let windowBoundaries: Set<String> = [",", "and", "&", "plus", "also", "/", "-", "(", ")"]

    /// Token index ranges of the clauses of `tokens` (one sentence), covering every token.
    public static func clauses(_ tokens: [Token]) -> [Range<Int>] {
        var starts: [Int] = [0]
        for (index, token) in tokens.enumerated() where index > 0 {
            let norm = token.norm
            let opens = (token.kind == .word && contrastiveMarkers.contains(norm))
                || (token.kind == .punctuation && clausePunctuation.contains(norm))
                || (isTerminal(tokens[index - 1]) && token.kind != .punctuation)
            if opens, hasWords(tokens, starts.last!..<index) { starts.append(index) }
        }
        var ranges: [Range<Int>] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : tokens.count
            if !ranges.isEmpty, !hasWords(tokens, start..<end) {
                ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound..<end
            } else {
                ranges.append(start..<end)
            }
        }
        return tokens.isEmpty ? [] : ranges
    }

    /// Windows of a clause for mentions at `mentions` (token ranges, in order, inside `clause`): one per mention.
    /// Consecutive mentions are separated at the last window boundary between them (mentions with no boundary between
    /// them share a window); the first window starts after the last boundary before the first mention, the last ends
    /// at the first boundary after the last mention ("Beautiful dress, just a bit pricey": price gets "just a bit
    /// pricey").
    public static func windows(_ tokens: [Token], clause: Range<Int>, mentions: [Range<Int>]) -> [Range<Int>] {
        guard let first = mentions.first, let last = mentions.last else { return [] }
        var cuts: [Int?] = []
        for pair in zip(mentions, mentions.dropFirst()) {
            let between = pair.0.upperBound..<pair.1.lowerBound
            cuts.append(between.last { isWindowBoundary(tokens[$0]) })
        }
        let before = (clause.lowerBound..<first.lowerBound).last { isWindowBoundary(tokens[$0]) }
        let after = (last.upperBound..<clause.upperBound).first { isWindowBoundary(tokens[$0]) }
        var windows: [Range<Int>] = []
        var start = before ?? clause.lowerBound
        var shared = 0
        for n in mentions.indices {
            shared += 1
            let cut = n < cuts.count ? cuts[n] : nil
            if n == mentions.count - 1 || cut != nil {
                let end = n == mentions.count - 1 ? (after ?? clause.upperBound) : cut!
                windows.append(contentsOf: repeatElement(start..<max(end, start), count: shared))
                shared = 0
                start = end
            }
        }
        return windows
    }

    /// ".", "!", "?", "…" and their runs: a sentence end the text stage did not split at (lower-case reviews often
    /// run sentences together: "too baggy. i think the top..."), so the next word opens a clause.
    static func isTerminal(_ token: Token) -> Bool {
        token.kind == .punctuation && !token.norm.isEmpty && token.norm.allSatisfy { $0 == "." || $0 == "!" || $0 == "?" || $0 == "…" }
    }

    static func isWindowBoundary(_ token: Token) -> Bool {
        windowBoundaries.contains(token.norm) && (token.kind == .word || token.kind == .punctuation || token.kind == .symbol)
    }

    static func hasWords(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        tokens[range].contains { ($0.kind == .word || $0.kind == .number) && !contrastiveMarkers.contains($0.norm) }
    }
}

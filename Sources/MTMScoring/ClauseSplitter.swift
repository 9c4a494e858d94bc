import MTMText

/// Splits a sentence into clauses for aspect-level sentiment, and clauses into attribution windows.
///
/// The rule:
/// 1. A clause starts at a contrastive or concessive marker ("but", "however", "although", "though", "while",
///    "whereas", "yet", "except", "unfortunately") and at ";" or ":" — the marker belongs to the clause it opens.
///    A clause left with no words but markers joins the one before ("It was fine though.").
/// 2. When a clause names several touchpoints, it is cut into windows at the coordinating boundaries ("," "and" "&"
///    "plus" "also" "/" "-" brackets) that lie between consecutive mentions; each mention takes its window's
///    sentiment, or the whole clause's when its window has no sentiment of its own ("the food and service were
///    great": "the food" is neutral, so food takes the clause's positive score).
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

    /// Windows of a clause for mentions at `mentions` (token ranges, in order, inside `clause`): one window per
    /// mention, cut at the last window boundary between each pair of consecutive mentions.
    public static func windows(_ tokens: [Token], clause: Range<Int>, mentions: [Range<Int>]) -> [Range<Int>] {
        guard mentions.count > 1 else { return mentions.map { _ in clause } }
        var cuts: [Int?] = []
        for pair in zip(mentions, mentions.dropFirst()) {
            let between = pair.0.upperBound..<pair.1.lowerBound
            cuts.append(between.last { isWindowBoundary(tokens[$0]) })
        }
        var windows: [Range<Int>] = []
        var start = clause.lowerBound
        var shared: [Int] = []
        for (n, _) in mentions.enumerated() {
            shared.append(n)
            let cut = n < cuts.count ? cuts[n] : nil
            if n == mentions.count - 1 || cut != nil {
                let end = n == mentions.count - 1 ? clause.upperBound : cut!
                for _ in shared { windows.append(start..<max(end, start)) }
                shared = []
                start = end
            }
        }
        return windows
    }

    static func isWindowBoundary(_ token: Token) -> Bool {
        windowBoundaries.contains(token.norm) && (token.kind == .word || token.kind == .punctuation || token.kind == .symbol)
    }

    static func hasWords(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        tokens[range].contains { ($0.kind == .word || $0.kind == .number) && !contrastiveMarkers.contains($0.norm) }
    }
}

import MTMText

/// Whether a mention is negated or hypothetical: "no problem with the delivery", "if the app worked", "never got a
/// refund". Such mentions are still mentions (the customer raised the touchpoint); the flag lets reports tell them apart.
enum MentionContext {
    /// Words before the mention, inside its clause, searched for a negation cue. Four reaches "no problem with the
    /// delivery" (the cue four words back) and stays inside a short noun phrase; VADER looks three tokens back for
    /// sentiment words, one more is needed here because the mention is usually preceded by an article.
    static let negationWindow = 4
    /// Negation cues besides the tokens the text stage flags `.negation` ("no", "not", "never", "without", "dont",
    /// "can't", ...: `TokenFlags.negation`).
    static let negationCues: Set<String> = ["hardly", "barely", "zero", "lack", "lacking"]
    /// Words that make the rest of the clause hypothetical or wished-for.
    static let hypotheticalCues: Set<String> = ["if", "unless", "wish", "would", "hope", "hopefully", "should", "could"]

    static func isNegated(_ tokens: [Token], mention: Range<Int>, clause: Range<Int>) -> Bool {
        var seen = 0
        var index = mention.lowerBound - 1
        while index >= clause.lowerBound, seen < negationWindow {
            let token = tokens[index]
            if token.kind == .word || token.kind == .number {
                if token.flags.contains(.negation) || negationCues.contains(token.norm) { return true }
                seen += 1
            }
            index -= 1
        }
        return tokens[clause.lowerBound..<mention.lowerBound].contains {
            $0.kind == .word && hypotheticalCues.contains($0.norm)
        }
    }
}

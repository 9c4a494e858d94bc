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

    // MARK: Counterfactuals

    /// Words that open a counterfactual condition or wish ("if the wifi worked", "I wish the app worked").
    static let counterfactualOpeners: Set<String> = ["if", "wish", "wished"]
    /// Modals of the imagined consequence ("it would be perfect", "we could have stayed").
    static let counterfactualModals: Set<String> = ["would", "could", "might", "wouldve", "would've", "couldve",
                                                     "could've", "'d"]
    /// Past forms that mark a backshifted (unreal) condition: "if it worked / were / had / did".
    static let backshiftedForms: Set<String> = ["were", "was", "had", "did", "worked", "could", "knew", "got", "came"]
    /// Shortest word taken as a regular past form by its "-ed" ending ("fixed", "answered"), so "red" and "bed" are not.
    static let minimumPastFormLength = 4

    /// Whether the clause states an unreal condition: a condition opener followed by a backshifted (past) form, and,
    /// for "if", a modal of the imagined consequence ("If the wifi worked it would be a perfect stay"). English marks
    /// counterfactual conditionals this way (past tense in the condition, "would/could/might" in the consequence); a
    /// real condition keeps the present ("if you need help the staff will assist") and is not counterfactual. "wish"
    /// needs no modal ("I wish the app worked"). The praise in such a clause is imagined: what is real is its absence.
    static func isCounterfactual(_ tokens: [Token], clause: Range<Int>) -> Bool {
        let words = tokens[clause].filter { $0.kind == .word }.map(\.norm)
        guard let opener = words.firstIndex(where: { counterfactualOpeners.contains($0) }) else { return false }
        let rest = words[(opener + 1)...]
        guard rest.contains(where: isBackshifted) else { return false }
        return words[opener] != "if" || rest.contains { counterfactualModals.contains($0) }
    }

    static func isBackshifted(_ word: String) -> Bool {
        backshiftedForms.contains(word) || (word.count >= minimumPastFormLength && word.hasSuffix("ed"))
    }

    /// The mention's sentiment once the clause is known to be counterfactual: imagined praise means the real state
    /// is lacking, so positive becomes negative (scaled by `counterfactualWeight`: a wish is a milder complaint than
    /// a direct one, and half keeps it well past the ±0.05 label threshold). A negative score is kept: it usually
    /// carries the real feeling ("if they had explained the costs I would not be so angry": the customer is angry).
    static let counterfactualWeight = 0.5

    static func counterfactualCompound(_ compound: Double) -> Double {
        compound > 0 ? -compound * counterfactualWeight : compound
    }
}

/// The words VADER's rules and the `mtm` model's fixes compare items with ("no", "never", "but", "kind" + "of", ...),
/// as a one-byte code on each item: a rule tests `item.ruleWord == .no` instead of comparing `lower` with a
/// literal (each `String ==` cost a call into the standard library, several per item). `.other` for every other
/// form. All are ASCII, so the code matches exactly when `lower == word` does (no other spelling is canonically
/// equivalent to an ASCII word).
enum RuleWord: UInt8, Sendable, Hashable, CaseIterable {
    case other, kind, of, no, or, nor, never, so, this, without, doubt, least, at, very, but, however, too, have, not

    /// The word the code stands for ("" for `.other`).
    var word: String { self == .other ? "" : String(describing: self) }

    /// Code of every word, for items built from a string.
    private static let byWord: [String: RuleWord] = {
        var table: [String: RuleWord] = [:]
        for code in allCases where code != .other { table[code.word] = code }
        return table
    }()
    /// Longest word of `byWord`: longer forms are `.other` without hashing.
    private static let longestWord = 7

    /// The code of `lower` (`.other` unless it is one of the words exactly).
    init(_ lower: String) {
        let length = lower.utf8.count
        guard length >= 2, length <= Self.longestWord else { self = .other; return }
        self = Self.byWord[lower] ?? .other
    }
}

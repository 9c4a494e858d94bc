/// Lemma-based inflection for the emotion lexicon (the second strategy of `Inflection`, beside `stem`): the lexicon
/// lists lemmas ("annoy", "disappoint", "worry"), and a text token may be an inflection of one of them.
///
/// `candidates(of:)` strips one inflectional ending and returns the possible base forms, most likely first. The
/// rules, in order (a candidate must keep at least `minimumStem` letters):
///
/// | ending | candidates | example |
/// |---|---|---|
/// | `'s` | drop it | company's → company |
/// | `-ies` | `-y`, `-ie` | worries → worry, ties → tie |
/// | `-es` | drop `-s`, drop `-es` | hopes → hope, crashes → crash |
/// | `-s` (not `-ss`, `-us`, `-is`) | drop it | annoys → annoy |
/// | `-ied` | `-y` | worried → worry, terrified → terrify |
/// | `-ed` | drop it, `+e`, undouble | annoyed → annoy, frustrated → frustrate, scammed → scam |
/// | `-ying` | `-ie` | lying → lie |
/// | `-ing` | drop it, `+e`, undouble | annoying → annoy, confusing → confuse, upsetting → upset |
/// | `-ily` | `-y` | angrily → angry, happily → happy |
/// | `-ly` | drop it, `-le`, `-ally` → drop `-ally`; then the `-ed`/`-ing` rules on what is left | sadly → sad, terribly → terrible, frustratingly → frustrate |
/// | `-iest`, `-ier` | `-y` | happiest → happy, angrier → angry |
/// | `-est`, `-er` | drop it, `+e`, undouble | rudest → rude, sadder → sad |
///
/// The rules over-generate ("need" → "ne"); that is harmless because a candidate only counts when it is a lexicon
/// term, and the lexicon tries the token's exact form first, so a listed form ("pleased", "amazing") always wins over
/// its stem ("please", "amaze"). Only ASCII words are handled; other words match exactly.
extension Inflection {
    /// Shortest base form a rule may produce: shorter stems are mostly noise ("bed" → "b").
    static let minimumStem = 3

    /// Possible base forms of a lower-case word, most likely first; empty when no rule applies.
    static func candidates(of word: String) -> [String] {
        guard let last = word.utf8.last, endings.contains(last), word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return []
        }
        var out: [String] = []
        collect(word, into: &out, deep: true)
        return out
    }

    /// The inflected forms of a lemma: every word `w` with `candidates(of: w).contains(lemma)` that the rules can
    /// produce (the rules run forwards, then each form is checked backwards, so the two always agree). The lexicon
    /// builds its lookup table from these, so that matching needs no suffix stripping per token.
    static func inflectedForms(of lemma: String) -> [String] {
        inflections(of: lemma).map(\.form)
    }

    /// `inflectedForms(of:)` with each form's `candidates(of:)`, worked out once for both (the lexicon resolves
    /// every form to its first candidate that is a term).
    static func inflections(of lemma: String) -> [(form: String, candidates: [String])] {
        guard let last = lemma.last, lemma.utf8.count >= minimumStem, lemma.utf8.allSatisfy({ $0 < 0x80 }),
              last.isLetter else { return [] }
        let suffixes = ["s", "es", "'s", "ed", "d", "ing", "ly", "ally", "er", "r", "est", "st"]
        var forms = suffixes.map { lemma + $0 }
        let base = String(lemma.dropLast())
        if last == "e" { forms += ["ing", "ed", "er", "est", "y"].map { base + $0 } }
        if last == "y" { forms += ["ies", "ied", "ily", "ier", "iest"].map { base + $0 } }
        if lemma.hasSuffix("ie") { forms.append(String(lemma.dropLast(2)) + "ying") }
        if !isVowel(last.asciiValue ?? 0) { forms += ["ed", "ing", "er", "est"].map { lemma + String(last) + $0 } }
        forms += forms.map { $0 + "ly" }
        var seen = Set<String>()
        var result: [(form: String, candidates: [String])] = []
        for form in forms where seen.insert(form).inserted {
            let candidates = candidates(of: form)
            if candidates.contains(lemma) { result.append((form, candidates)) }
        }
        return result
    }

    /// Last letters that can end an inflection ('s', 'd', 'g', 'y', 'r', 't').
    private static let endings: Set<UInt8> = [0x73, 0x64, 0x67, 0x79, 0x72, 0x74]

    /// `w` is ASCII (see `candidates`), so suffixes are compared and cut as bytes: `String.hasSuffix` and
    /// `dropLast` walk grapheme clusters, which made building the lexicon's inflection tables slow at start-up.
    private static func collect(_ w: String, into out: inout [String], deep: Bool) {
        let bytes = Array(w.utf8)
        func add(_ s: Substring, _ tail: String = "") {
            let candidate = tail.isEmpty ? String(s) : String(s) + tail
            if candidate.utf8.count >= minimumStem, candidate != w, !out.contains(candidate) { out.append(candidate) }
        }
        func strip(_ n: Int) -> Substring { Substring(w.utf8.dropLast(min(n, bytes.count))) }
        func hasSuffix(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard n <= bytes.count else { return false }
            let p = suffix.utf8Start
            for k in 0..<n where bytes[bytes.count - n + k] != p[k] { return false }
            return true
        }
        func addVerbStem(_ stem: Substring) {
            add(stem)
            add(stem, "e")
            if isDoubled(stem) { add(stem.dropLast()) }
        }

        if hasSuffix("'s") { add(strip(2)) }
        if hasSuffix("ies") {
            add(strip(3), "y"); add(strip(1))
        } else if hasSuffix("es") {
            add(strip(1)); add(strip(2))
        } else if hasSuffix("s"), !hasSuffix("ss"), !hasSuffix("us"), !hasSuffix("is") {
            add(strip(1))
        }
        if hasSuffix("ied") {
            add(strip(3), "y")
        } else if hasSuffix("ed") {
            addVerbStem(strip(2))
        }
        if hasSuffix("ying") { add(strip(4), "ie") }
        if hasSuffix("ing") { addVerbStem(strip(3)) }
        if hasSuffix("ily") { add(strip(3), "y") }
        if hasSuffix("ly") {
            let stem = strip(2)
            add(stem)
            add(strip(1), "e")
            if hasSuffix("ally") { add(strip(4)) }
            if deep { collect(String(stem), into: &out, deep: false) }
        }
        if hasSuffix("iest") {
            add(strip(4), "y")
        } else if hasSuffix("est") {
            addVerbStem(strip(3))
        }
        if hasSuffix("ier") {
            add(strip(3), "y")
        } else if hasSuffix("er") {
            addVerbStem(strip(2))
        }
    }

    /// Ends in a doubled consonant ("stopp", "upsett"), as English doubles before -ed/-ing/-er.
    private static func isDoubled(_ s: Substring) -> Bool {
        let u = s.utf8
        guard u.count >= 2, let last = u.last else { return false }
        let previous = u[u.index(u.endIndex, offsetBy: -2)]
        return last == previous && !isVowel(last) && (0x61...0x7A).contains(last)
    }
}

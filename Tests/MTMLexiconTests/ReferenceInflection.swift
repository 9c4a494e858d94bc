@testable import MTMLexicon

/// The string-based lemma inflection rules as they were before `Inflection+Lemmas.swift` moved to bytes (start-up
/// speed), kept verbatim as the reference the byte version must equal (`InflectionEquivalenceTests`).
enum ReferenceInflection {
    /// Shortest base form a rule may produce: shorter stems are mostly noise ("bed" → "b").
    static let minimumStem = Inflection.minimumStem

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
        if !Inflection.isVowel(last.asciiValue ?? 0) { forms += ["ed", "ing", "er", "est"].map { lemma + String(last) + $0 } }
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
        return last == previous && !Inflection.isVowel(last) && (0x61...0x7A).contains(last)
    }

    /// `EmotionLexicon.surfaceForms(of:)` as it was: the word, its candidates, and every inflected form of those,
    /// each with its apostrophe spelling.
    static func surfaceForms(of word: String) -> Set<String> {
        let lemmas = [word] + candidates(of: word)
        var forms = Set<String>()
        for lemma in lemmas {
            forms.formUnion(spellings(of: lemma))
            for form in inflectedForms(of: lemma) { forms.formUnion(spellings(of: form)) }
        }
        return forms
    }

    static func spellings(of key: String) -> [String] {
        guard key.utf8.count >= 3, key.hasSuffix("nt") else { return [key] }
        return [key, String(key.dropLast(2)) + "n't"]
    }
}

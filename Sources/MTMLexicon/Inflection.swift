/// A light English stemmer for matching touchpoint phrases: it folds the inflections customers use (plural,
/// possessive, -ed, -ing) onto one key, so "deliveries", "delivered" and "delivering" all find the phrase
/// "delivery"/"deliver". It is applied to both the taxonomy phrase and the text, so it only has to be consistent, not
/// linguistically right: "price", "prices", "priced" and "pricing" all become `pric`.
///
/// Rules, in order (a cut-down Porter step 1, chosen because touchpoint phrases are nouns and participles):
/// 1. apostrophes go ("hotel's" → "hotels" → "hotel", "check‑in's");
/// 2. plural: `-ies` → `-y` (stem of 3+ letters), `-sses` → `-ss`, `-xes/-zes/-ches/-shes` → drop `-es`,
///    a final `-s` drops unless the word ends in `-ss`, `-us`, `-is` or is 3 letters or fewer;
/// 3. `-ied` → `-y`, `-eed` stays, `-ed` and `-ing` drop when what is left has a vowel and 2+ letters
///    ("bring", "shed", "red" stay);
/// 4. a final `-e` drops from words of 3+ letters ("size"/"sized"/"sizing" → `siz`), except a few listed in
///    `keepFinalE` whose e-less form is another common word ("quite" is not `quit`);
/// 5. a final doubled consonant becomes single ("shipping" → `shipp` → `ship`, "staff" → `staf`).
///
/// Limits: irregular forms are not related ("bought"/"buy", "flew"/"fly"); list them as phrases.
///
/// This is the module's one English inflection type, with two strategies for two kinds of lists:
/// - `stem(_:)` (this file) conflates: the taxonomy's `PhraseMatcher` stems both the phrase and each token at match
///   time, so "delivery"/"delivered" meet on `deliver` even though neither is the other's inflection;
/// - `candidates(of:)` / `inflectedForms(of:)` (`Inflection+Lemmas.swift`) relate a word to exact lemmas: the emotion
///   lexicon precomputes every inflected form of its terms at load, so a listed form ("pleased") stays distinct from
///   its lemma ("please") and matching is one table lookup per token.
/// Neither can replace the other without changing matches: stemming would merge emotion terms the lexicon keeps apart
/// ("pleased" and "please" both stem to `pleas`), and lemma candidates cannot relate "delivered" to "delivery".
enum Inflection {
    /// The matching key of a word already case-folded by the text stage.
    static func stem(_ word: String) -> String {
        var w: [UInt8] = []
        w.reserveCapacity(word.utf8.count)
        for byte in word.utf8 where byte != UInt8(ascii: "'") && byte != UInt8(ascii: "#") {
            guard byte >= 0x61 && byte <= 0x7A || byte >= 0x80 else { return surface(word) }
            w.append(byte)
        }
        // Non-ASCII words (other languages, typographic apostrophes) are only cleaned, not stemmed.
        guard w.count > 2, w.allSatisfy({ $0 < 0x80 }) else { return surface(word) }
        stripPlural(&w)
        if w.last == e, keepFinalE.contains(String(decoding: w, as: UTF8.self)) { return String(decoding: w, as: UTF8.self) }
        stripVerbSuffix(&w)
        if w.count >= 3, w.last == e { w.removeLast() }
        if w.count >= 3, let last = w.last, w[w.count - 2] == last, !isVowel(last) { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    /// Words whose final `-e` stays, because dropping it would make them match a common, different word in the shipped
    /// taxonomies or in reviews: "quite" would find `quit`, "site" `sit`, "wine" `win`, "plane" `plan`, "care" `car`,
    /// "line" `lin(ed)` (lined/lining are fabric), "cute" `cut`, "note" `not`, "rate" `rat`. Their -ed/-ing forms
    /// ("cared", "sited") then no longer meet the base form, which is rare in reviews.
    static let keepFinalE: Set<String> = ["quite", "site", "wine", "plane", "care", "line", "cute", "note", "rate"]

    /// The form prefix patterns (`refund*`) are tested against: case-folded, without apostrophes or `#`.
    static func surface(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "#") || $0 == 0xE2 }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "'" && $0 != "\u{2019}" && $0 != "#" }))
    }

    private static let e = UInt8(ascii: "e"), s = UInt8(ascii: "s"), y = UInt8(ascii: "y")

    private static func stripPlural(_ w: inout [UInt8]) {
        if ends(w, "ies"), w.count >= 5 {
            w.removeLast(3); w.append(y)
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "xes") || ends(w, "zes") || ends(w, "ches") || ends(w, "shes") {
            w.removeLast(2)
        } else if w.last == s, w.count > 3, !ends(w, "ss"), !ends(w, "us"), !ends(w, "is") {
            w.removeLast()
        }
    }

    private static func stripVerbSuffix(_ w: inout [UInt8]) {
        if ends(w, "ied"), w.count >= 5 {
            w.removeLast(3); w.append(y)
        } else if ends(w, "eed") {
            return
        } else if ends(w, "ed"), w.count - 2 >= 2, hasVowel(w.dropLast(2)) {
            w.removeLast(2)
        } else if ends(w, "ing"), w.count - 3 >= 2, hasVowel(w.dropLast(3)) {
            w.removeLast(3)
        }
    }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count >= n else { return false }
        return suffix.withUTF8Buffer { buffer in
            var i = 0
            while i < n { if w[w.count - n + i] != buffer[i] { return false }; i += 1 }
            return true
        }
    }

    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
        w.contains { isVowel($0) || $0 == y }
    }

    static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == e || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }
}

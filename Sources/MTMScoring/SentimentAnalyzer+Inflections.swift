import MTMLexicon

/// Lexicon preparation at start-up: which entries are emoticons, and inflected forms of the words.
extension SentimentAnalyzer {

    /// An entry with no letters (":)", "</3", ":-)") or a short mix led by punctuation (":D", ":p").
    static func isEmoticon(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        let letters = key.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        if letters == 0 { return key.unicodeScalars.contains { !("0"..."9").contains($0) } }
        return !first.properties.isAlphabetic && !(("0"..."9").contains(first)) && key.count <= 4
    }

    /// Adds regular inflections of lexicon words that are not listed themselves: -s/-es/-ies, -ed/-d/-ied,
    /// -ing (with e-dropping and consonant doubling). Only for words of letters. `table` holds exactly `words` (each
    /// with its valence) and gets the forms with the valences of the words they inflect.
    static func addInflections(of words: [String: Double], to table: inout WordTable) {
        // On bytes: the words are checked to be ASCII a–z first, and Character-wise suffix tests dominated start-up.
        func vowel(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
                || c == UInt8(ascii: "u")
        }
        var forms = InflectedForms(table: table, words: words)
        // The caller's reference let go, so that `forms` grows the table in place rather than copying it.
        table = WordTable(capacity: 0)
        for (word, value) in words where value != 0 {
            var bytes = word
            bytes.withUTF8 { b in
                let n = b.count
                guard n >= 3, b.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return }
                guard !uninflected.contains(word) else { return }
                let last = b[n - 1]
                if last == UInt8(ascii: "y") && !vowel(b[n - 2]) {
                    forms.offer(b, keep: n - 1, "ies", value, word); forms.offer(b, keep: n - 1, "ied", value, word)
                } else if last == UInt8(ascii: "e") {
                    forms.offer(b, keep: n, "s", value, word); forms.offer(b, keep: n, "d", value, word)
                    forms.offer(b, keep: n - 1, "ing", value, word)
                } else if last == UInt8(ascii: "s") || last == UInt8(ascii: "x")
                            || (b[n - 2] == UInt8(ascii: "c") || b[n - 2] == UInt8(ascii: "s")) && last == UInt8(ascii: "h") {
                    forms.offer(b, keep: n, "es", value, word); forms.offer(b, keep: n, "ed", value, word)
                    forms.offer(b, keep: n, "ing", value, word)
                } else {
                    forms.offer(b, keep: n, "s", value, word); forms.offer(b, keep: n, "ed", value, word)
                    forms.offer(b, keep: n, "ing", value, word)
                    if last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y") && !vowel(last),
                       vowel(b[n - 2]), !vowel(b[n - 3]) {
                        forms.offer(b, keep: n, doubling: true, "ed", value, word)
                        forms.offer(b, keep: n, doubling: true, "ing", value, word)
                    }
                }
            }
        }
        table = forms.table
    }
}

/// The inflected forms `addInflections` makes, filed on bytes: a `String` dictionary hashed each form three times
/// with SipHash (listed? new? insert), most of start-up's inflection cost. Forms are spelled in one scratch buffer
/// and filed in the word table directly, with no `String` per form.
private struct InflectedForms {
    var table: SentimentAnalyzer.WordTable
    /// Positions below this are the lexicon's words (a form listed itself is not added); from it, new forms.
    let listed: Int
    /// Per new form (position − `listed`): the word it inflects.
    var sources: [String] = []
    /// Where a form is spelled: room for the longest word plus a doubled letter and a suffix.
    var scratch: [UInt8] = []

    init(table: SentimentAnalyzer.WordTable, words: [String: Double]) {
        self.table = table
        listed = table.infos.count
        sources.reserveCapacity(words.count * 3)
        scratch = [UInt8](repeating: 0, count: (words.keys.map(\.utf8.count).max() ?? 0) + 4)
    }

    /// b[..<keep] + (doubled last letter) + suffix, when long enough, offered as a form of `word`. Two words can
    /// make the same form ("hug"+"ed", "huge"+"d"); the smaller word wins, so the table does not depend on the
    /// dictionary's per-process iteration order.
    mutating func offer(_ b: UnsafeBufferPointer<UInt8>, keep: Int, doubling: Bool = false, _ suffix: StaticString,
                        _ value: Double, _ word: String) {
        let count = keep + (doubling ? 1 : 0) + suffix.utf8CodeUnitCount
        guard count >= SentimentAnalyzer.Tuning.minimumInflectedLength else { return }
        let (position, inserted) = scratch.withUnsafeMutableBufferPointer { out in
            for i in 0..<keep { out[i] = b[i] }
            var at = keep
            if doubling { out[at] = b[b.count - 1]; at += 1 }
            suffix.withUTF8Buffer { for c in $0 { out[at] = c; at += 1 } }
            return table.position(utf8: UnsafeBufferPointer(rebasing: out[..<count]))
        }
        if inserted {
            table.infos[position].valence = value
            sources.append(word)
        } else if position >= listed, word < sources[position - listed] {
            table.infos[position].valence = value
            sources[position - listed] = word
        }
    }
}

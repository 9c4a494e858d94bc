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
    /// -ing (with e-dropping and consonant doubling). Only for words of letters.
    static func addInflections(of words: inout [String: Double]) {
        // On bytes: the words are checked to be ASCII a–z first, and Character-wise suffix tests dominated start-up.
        // A form is only made into a String when it is long enough to be kept.
        func vowel(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
                || c == UInt8(ascii: "u")
        }
        // Form → (valence, the word it inflects). Two words can make the same form ("hug"+"ed", "huge"+"d"); the
        // smaller word wins, so the table does not depend on the dictionary's per-process iteration order.
        var added: [String: (value: Double, source: String)] = [:]
        added.reserveCapacity(words.count * 2)
        for (word, value) in words where value != 0 {
            var bytes = word
            bytes.withUTF8 { b in
                let n = b.count
                guard n >= 3, b.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return }
                guard !uninflected.contains(word) else { return }
                /// b[..<keep] + (doubled last letter) + suffix, when long enough, offered as a form of `word`.
                func offer(keep: Int, doubling: Bool = false, _ suffix: StaticString) {
                    let count = keep + (doubling ? 1 : 0) + suffix.utf8CodeUnitCount
                    guard count >= Tuning.minimumInflectedLength else { return }
                    let form = String(unsafeUninitializedCapacity: count) { out in
                        for i in 0..<keep { out[i] = b[i] }
                        var at = keep
                        if doubling { out[at] = b[n - 1]; at += 1 }
                        suffix.withUTF8Buffer { for c in $0 { out[at] = c; at += 1 } }
                        return count
                    }
                    guard words[form] == nil else { return }
                    // One hash: a new form takes (value, word) through the `default:` subscript; a listed one
                    // keeps the smaller source word.
                    func keepSmaller(_ entry: inout (value: Double, source: String)) {
                        if word < entry.source { entry = (value, word) }
                    }
                    keepSmaller(&added[form, default: (value, word)])
                }
                let last = b[n - 1]
                if last == UInt8(ascii: "y") && !vowel(b[n - 2]) {
                    offer(keep: n - 1, "ies"); offer(keep: n - 1, "ied")
                } else if last == UInt8(ascii: "e") {
                    offer(keep: n, "s"); offer(keep: n, "d"); offer(keep: n - 1, "ing")
                } else if last == UInt8(ascii: "s") || last == UInt8(ascii: "x")
                            || (b[n - 2] == UInt8(ascii: "c") || b[n - 2] == UInt8(ascii: "s")) && last == UInt8(ascii: "h") {
                    offer(keep: n, "es"); offer(keep: n, "ed"); offer(keep: n, "ing")
                } else {
                    offer(keep: n, "s"); offer(keep: n, "ed"); offer(keep: n, "ing")
                    if last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y") && !vowel(last),
                       vowel(b[n - 2]), !vowel(b[n - 3]) {
                        offer(keep: n, doubling: true, "ed"); offer(keep: n, doubling: true, "ing")
                    }
                }
            }
        }
        words.reserveCapacity(words.count + added.count)
        for (form, entry) in added { words[form] = entry.value }
    }
}

import MTMLexicon
import MTMText

extension SentimentAnalyzer {
    /// Tokens → rule items: words (with inflection fallback), rebuilt emoticons, emoji description words, then
    /// phrase merging; `!`/`?` counted for emphasis.
    func items(_ tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> (items: [SentimentItem], emphasis: Double) {
        var items: [SentimentItem] = []
        items.reserveCapacity(tokens.count)
        var exclamations = 0, questions = 0
        let text = analyzed.text.utf8
        var k = tokens.startIndex
        while k < tokens.endIndex {
            let token = tokens[k]
            if token.kind != .word && token.kind != .number, let (length, valence) = emoticon(at: k, tokens, text: text) {
                let range = token.utf8Range.lowerBound..<tokens[k + length - 1].utf8Range.upperBound
                items.append(marked(SentimentItem(lower: String(analyzed.source(range)).lowercased(), isUpper: false,
                                           valence: valence, isNegation: false, utf8Range: range)))
                k += length
                continue
            }
            switch token.kind {
            case .word, .number, .hashtag, .mention:
                if let compound = hyphenCompound(at: k, tokens) {
                    // "mock-ups", "car-free", "hassle-free": one unit, as VADER's whitespace split sees it.
                    let range = token.utf8Range.lowerBound..<tokens[compound.end - 1].utf8Range.upperBound
                    items.append(marked(SentimentItem(lower: compound.norm, isUpper: false, valence: words[compound.norm],
                                               isNegation: false, utf8Range: range)))
                    k = compound.end
                    continue
                }
                var norm = token.kind == .hashtag ? String(token.norm.drop { $0 == "#" }) : token.norm
                let info = table[norm]
                var valence = info?.valence
                var upper = token.flags.contains(.allCaps)
                let prefix = k > tokens.startIndex && adjacent(tokens[k - 1], token) ? tokens[k - 1].norm : ""
                if prefix == "#" || prefix == "@" || token.kind == .hashtag || token.kind == .mention {
                    // Hashtags and handles: a real word counts ("#happy"), short tags do not ("#FF"), no shouting.
                    upper = false
                    if norm.count < Tuning.minimumTagLength { valence = nil }
                    if prefix == "@" || token.kind == .mention { valence = nil }
                } else if prefix == "&", k + 1 < tokens.endIndex, tokens[k + 1].norm == ";", adjacent(token, tokens[k + 1]) {
                    // An HTML entity left in the text ("&gt;"): not a word.
                    valence = nil
                    norm = "&" + norm + ";"
                }
                if info?.discourseMarker == true, k + 1 < tokens.endIndex, tokens[k + 1].kind == .punctuation,
                   tokens[k + 1].norm.hasPrefix(",") || tokens[k + 1].norm.hasPrefix("."),
                   k == tokens.startIndex || tokens[k - 1].kind == .punctuation {
                    // "No." / "Ok, let's see" / "Well, ...": an answer or a discourse marker, not an opinion.
                    // VADER's split keeps "no." and "ok," whole and unmatched too. Markers open their clause, so
                    // after a word it is the predicate again: "and that's okay." is an opinion.
                    valence = nil
                }
                if norm == "like", valence != nil, let previous = items.last, !Self.likeVerbContext.contains(previous.lower),
                   !(k + 1 < tokens.endIndex && tokens[k + 1].norm == "to") {
                    // "looks like", "like many others": the preposition, not the verb of liking ("like to" is).
                    valence = nil
                }
                if k > tokens.startIndex, tokens[k - 1].norm == "too", token.kind == .word, !Self.tooExceptions.contains(norm) {
                    // "too small", "too slow": excess of a neutral quality is a complaint. "too cute" stays praise
                    // (informal intensifier), "too bad" stays negative.
                    if valence == nil { valence = Tuning.excessValence }
                }
                var item = SentimentItem(lower: norm, isUpper: upper, valence: valence,
                                         isNegation: token.flags.contains(.negation) || info?.negation == true
                                             || VaderConstants.containsNT(norm),
                                         utf8Range: token.utf8Range, booster: info?.booster)
                item.phraseStart = info?.phraseStart == true
                items.append(item)
            case .emoji:
                let source = String(analyzed.source(token.utf8Range))
                if let valence = words[source] ?? words[token.norm] {
                    // An emoji the CX overlay scores directly ("😡", "👎").
                    items.append(marked(SentimentItem(lower: source, isUpper: false, valence: valence, isNegation: false,
                                               utf8Range: token.utf8Range)))
                } else if let description = emojiWords[source] ?? emojiWords[token.norm] {
                    for word in description {
                        items.append(marked(SentimentItem(lower: word, isUpper: false, valence: words[word],
                                                   isNegation: VaderConstants.isNegation(word), utf8Range: token.utf8Range)))
                    }
                }
            case .punctuation:
                for scalar in token.norm.unicodeScalars {
                    if scalar == "!" { exclamations += 1 } else if scalar == "?" { questions += 1 }
                }
            default:
                items.append(marked(SentimentItem(lower: token.norm, isUpper: false, valence: nil, isNegation: false,
                                           utf8Range: token.utf8Range)))
            }
            k += 1
        }
        mergePhrases(&items)
        applyCounterfactuals(&items)
        return (items, VaderConstants.punctuationEmphasis(exclamations: exclamations, questions: questions))
    }

    /// Words after which "like" is the verb ("I like", "really like", "would like"); elsewhere it is a preposition.
    static let likeVerbContext: Set<String> = [
        "i", "you", "we", "they", "u", "ya", "really", "would", "do", "did", "does", "to", "also", "definitely",
        "truly", "totally", "just", "still", "will", "dont", "don't", "didn't", "didnt", "doesn't", "doesnt", "i'd",
        "you'd", "we'd", "they'd", "i'll", "we'll", "you'll", "who", "people", "kids", "might", "may", "actually",
        "absolutely", "so", "sure", "much", "all", "quite", "not", "never", "and", "i'm", "im", "me", "would've",
    ]
    /// Answers and discourse markers that carry no opinion when a comma or full stop follows them.
    static let discourseMarkers: Set<String> = ["no", "ok", "okay", "well"]
    /// Lexicon words whose regular inflections mean something else ("all kinds of", not "kind"). "shoot" (−1.4) is
    /// VADER's rating of the euphemistic interjection ("Shoot!", for "shit"); an interjection has no inflections, and
    /// "shooting", "shoots" are the neutral verb and noun ("photo shoots", "shooting star", "went shooting").
    static let uninflected: Set<String> = ["kind", "like", "pretty", "well", "fine", "cool", "free", "mean", "patient",
                                           "shoot"]
    /// "too" followed by these is not excess ("me too much"? no: "too much" stays a complaint); kept small.
    static let tooExceptions: Set<String> = ["bad", "good", "many", "much"]
    /// Modal perfects that make what follows unreal: "would have been easier", "I'd have liked".
    static let counterfactualModals: Set<String> = [
        "would", "could", "should", "i'd", "you'd", "we'd", "they'd", "it'd", "wouldve", "would've", "could've",
        "should've",
    ]

    /// A positive word within three items after "would/could/should have" states what did NOT happen.
    func applyCounterfactuals(_ items: inout [SentimentItem]) {
        guard items.count > 2 else { return }
        for i in 0..<(items.count - 1) where Self.counterfactualModals.contains(items[i].lower) {
            var start = i + 1
            if !items[i].lower.hasSuffix("'ve") && !items[i].lower.hasSuffix("ve") {
                guard items[i + 1].lower == "have" else { continue }
                start = i + 2
            }
            for j in start..<min(items.count, start + 3) {
                if let v = items[j].valence, v > 0 { items[j].valence = v * Tuning.counterfactualScalar }
            }
        }
    }

    /// Flags an item built outside the word path (emoticon, compound, emoji word) as a possible phrase start.
    func marked(_ item: SentimentItem) -> SentimentItem {
        var item = item
        item.phraseStart = phraseStarts.contains(item.lower)
        return item
    }

    @inline(__always)
    func adjacent(_ a: Token, _ b: Token) -> Bool { a.utf8Range.upperBound == b.utf8Range.lowerBound }

    /// Words joined by hyphens with no spaces ("mock-ups", "hassle-free", "state-of-the-art") starting at `k`:
    /// the joined norm and the index after its last token.
    func hyphenCompound(at k: Int, _ tokens: ArraySlice<Token>) -> (norm: String, end: Int)? {
        var end = k + 1
        var norm = tokens[k].norm
        while end + 1 < tokens.endIndex, tokens[end].norm == "-", tokens[end + 1].kind == .word || tokens[end + 1].kind == .number,
              adjacent(tokens[end - 1], tokens[end]), adjacent(tokens[end], tokens[end + 1]) {
            norm += "-" + tokens[end + 1].norm
            end += 2
        }
        return end > k + 1 ? (norm, end) : nil
    }

    /// The longest run of adjacent non-space tokens starting at `k` that spells a lexicon emoticon, when the run
    /// starts after a space (or the text's start): ":)", ":-(", "<3", ":D".
    func emoticon(at k: Int, _ tokens: ArraySlice<Token>, text: String.UTF8View) -> (Int, Double)? {
        let start = tokens[k].utf8Range.lowerBound
        if start > 0 {
            let before = text[text.index(text.startIndex, offsetBy: start - 1)]
            if before != UInt8(ascii: " ") && before != UInt8(ascii: "\t") && before != UInt8(ascii: "\n") { return nil }
        }
        var end = k
        var best: (Int, Double)?
        var spelled = ""
        while end < tokens.endIndex, end - k < longestEmoticonTokens {
            if end > k, tokens[end].utf8Range.lowerBound != tokens[end - 1].utf8Range.upperBound { break }
            spelled += tokens[end].norm
            // Emoticon keys are stored lower-cased; the text stage keeps an emoticon token's case (":-D").
            if let v = emoticons[spelled] ?? emoticons[spelled.lowercased()] { best = (end - k + 1, v) }
            end += 1
        }
        return best
    }

    /// Merges runs of items that spell a phrase of the lexicons into one item with the phrase's valence.
    func mergePhrases(_ items: inout [SentimentItem]) {
        guard longestPhrase > 1, items.count > 1 else { return }
        var merged: [SentimentItem] = []
        merged.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            if items[i].phraseStart {
                var key = items[i].lower
                var best: (length: Int, valence: Double, key: String)?
                var j = i + 1
                while j < items.count, j - i < longestPhrase, phrasePrefixes.contains(key) {
                    key += " " + items[j].lower
                    j += 1
                    if let v = phrases[key] { best = (j - i, v, key) }
                }
                if let best {
                    let first = items[i], last = items[i + best.length - 1]
                    var range: Range<Int>?
                    if let a = first.utf8Range, let b = last.utf8Range { range = a.lowerBound..<b.upperBound }
                    let upper = items[i..<(i + best.length)].allSatisfy(\.isUpper)
                    merged.append(SentimentItem(lower: best.key, isUpper: upper, valence: best.valence,
                                                isNegation: false, utf8Range: range))
                    i += best.length
                    continue
                }
            }
            merged.append(items[i])
            i += 1
        }
        items = merged
    }

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
        var added: [String: Double] = [:]
        for (word, value) in words where value != 0 && word.count >= 3 && word.allSatisfy({ $0 >= "a" && $0 <= "z" })
            && !uninflected.contains(word) {
            var forms: [String] = []
            if word.hasSuffix("y") && !"aeiou".contains(word.dropLast().last!) {
                let stem = word.dropLast()
                forms += [stem + "ies", stem + "ied"]
            } else if word.hasSuffix("e") {
                forms += [word + "s", word + "d", String(word.dropLast()) + "ing"]
            } else if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") {
                forms += [word + "es", word + "ed", word + "ing"]
            } else {
                forms += [word + "s", word + "ed", word + "ing"]
                let chars = Array(word)
                let n = chars.count
                if n >= 3, !"aeiouwxy".contains(chars[n - 1]), "aeiou".contains(chars[n - 2]), !"aeiou".contains(chars[n - 3]) {
                    forms += [word + String(chars[n - 1]) + "ed", word + String(chars[n - 1]) + "ing"]
                }
            }
            for form in forms where form.count >= Tuning.minimumInflectedLength && words[form] == nil && added[form] == nil {
                added[form] = value
            }
        }
        words.merge(added) { old, _ in old }
    }
}

import MTMLexicon
import MTMText

extension SentimentAnalyzer {
    /// Tokens → rule items: words (with inflection fallback), rebuilt emoticons, emoji description words, then
    /// phrase merging; `!`/`?` counted for emphasis.
    func items(_ tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> (items: [SentimentItem], emphasis: Double) {
        var items: [SentimentItem] = []
        items.reserveCapacity(tokens.count)
        var exclamations = 0, questions = 0
        // The index of the last word token spelled "too" (`WordInfo.isToo`), for the excess rule below.
        var tooAt: Int?
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
                var likeComparison = false
                // `info`'s per-word flags hold for the item's form (false once an entity rewrites it).
                var wordFlags = true
                let index = wordIndex[norm]
                let info = index.map { wordInfo[$0] }
                // A hashtag's info is of its stripped form; the excess rule tests the token itself.
                let isToo = token.kind != .hashtag && info?.isToo == true
                defer { if isToo { tooAt = k } }
                var valence = info?.valence
                var upper = token.flags.contains(.allCaps)
                // The one-byte token touching this one on the left, if any ("#", "@", "&").
                let prefix = k > tokens.startIndex && tokens[k - 1].utf8Range.upperBound == token.utf8Range.lowerBound
                    && tokens[k - 1].norm.utf8.count == 1
                    ? tokens[k - 1].norm.utf8.first! : 0
                if prefix == UInt8(ascii: "#") || prefix == UInt8(ascii: "@") || token.kind == .hashtag
                    || token.kind == .mention {
                    // Hashtags and handles: a real word counts ("#happy"), short tags do not ("#FF"), no shouting.
                    upper = false
                    if norm.count < Tuning.minimumTagLength { valence = nil }
                    if prefix == UInt8(ascii: "@") || token.kind == .mention { valence = nil }
                } else if prefix == UInt8(ascii: "&"), k + 1 < tokens.endIndex, tokens[k + 1].norm == ";", adjacent(token, tokens[k + 1]) {
                    // An HTML entity left in the text ("&gt;"): not a word.
                    valence = nil
                    norm = "&" + norm + ";"
                    wordFlags = false
                }
                if info?.discourseMarker == true, k + 1 < tokens.endIndex, tokens[k + 1].kind == .punctuation,
                   tokens[k + 1].norm.hasPrefix(",") || tokens[k + 1].norm.hasPrefix("."), opensClause(k, tokens) {
                    // "No." / "Ok, let's see" / "Well, ...": an answer or a discourse marker, not an opinion.
                    // VADER's split keeps "no." and "ok," whole and unmatched too. Markers open their clause, so
                    // after a word it is the predicate again: "and that's okay." is an opinion.
                    valence = nil
                }
                if info?.isLike == true, valence != nil, !items.isEmpty, !isLikeVerb(items),
                   !(k + 1 < tokens.endIndex && tokens[k + 1].norm == "to") {
                    // "looks like", "like many others": the preposition, not the verb of liking ("like to" is), so
                    // only `Tuning.comparisonLikeValence`. "it's not like I'm jealous": a negated comparison, none.
                    valence = items.last!.isNegation ? nil : Tuning.comparisonLikeValence
                    likeComparison = valence != nil
                }
                if tooAt == k - 1, token.kind == .word, !Self.tooExceptions.contains(norm) {
                    // "too small", "too slow": excess of a neutral quality is a complaint. "too cute" stays praise
                    // (informal intensifier), "too bad" stays negative.
                    if valence == nil { valence = Tuning.excessValence }
                }
                var item = SentimentItem(lower: norm, isUpper: upper, valence: valence,
                                         isNegation: token.flags.contains(.negation) || info?.negation == true
                                             || VaderConstants.containsNT(norm),
                                         utf8Range: token.utf8Range, booster: info?.booster,
                                         idiomWord: info?.idiomWord == true)
                item.phraseStart = info?.phraseStart == true
                item.phraseFollower = info?.phraseFollower == true
                item.counterfactualModal = info?.counterfactualModal == true
                item.likeComparison = likeComparison
                item.valencedIntensifier = wordFlags && info?.valencedIntensifier == true
                item.gradableQuality = wordFlags && info?.gradableQuality == true
                if wordFlags, let index { item.wordID = Int32(index) }
                items.append(consume item)
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
                // Letter emoticons the text stage recognises as one token ("xD", "o_O") are lexicon words, not
                // punctuation runs: look them up by their lower-cased form.
                let lower = token.kind == .emoticon ? token.norm.lowercased() : token.norm
                let valence = token.kind == .emoticon ? emoticons[lower] ?? words[lower] : nil
                items.append(marked(SentimentItem(lower: lower, isUpper: false, valence: valence, isNegation: false,
                                           utf8Range: token.utf8Range)))
            }
            k += 1
        }
        mergePhrases(&items)
        applyIntensifiers(&items)
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
    /// Whether a "like" after `items` is the verb: after a subject, auxiliary or adverb of `likeVerbContext`; after
    /// "not"/"never" only when one of those stands before it ("I do not like", "they never like") — "it's not like
    /// I'm jealous", "not like wind" compare.
    func isLikeVerb(_ items: [SentimentItem]) -> Bool {
        let previous = items[items.count - 1].lower
        guard previous == "not" || previous == "never" else { return Self.likeVerbContext.contains(previous) }
        return items.count > 1 && Self.likeVerbContext.contains(items[items.count - 2].lower)
    }

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

    /// Lexicon words that are also degree adverbs. Before a quality they only intensify it — "super disappointed",
    /// "definitely too tight", "perfectly fine", "damn good" — as VADER's booster words do, so there they count as a
    /// booster (`VaderConstants.boosterIncrement`, following the quality's sign) instead of adding their own
    /// valence as praise (+2.9 for "super") or blame (−1.7 for "damn"). Alone or before anything else they keep it:
    /// "The service was super.", "I will definitely be back". "pretty" is the degree adverb before a quality ("pretty
    /// good", "pretty bad": VADER adds its +2.2 for "beautiful" and scores "pretty bad" near neutral); adding it moved
    /// weighted F1 on the ICWSM sets by −0.0002…+0.002. VADER's lexicon rates these as standalone words; its
    /// own booster list holds the plain intensifiers ("so", "really", "totally", "absolutely", "extremely"), which
    /// have no valence of their own there and need no rule.
    static let valencedIntensifiers: Set<String> = [
        "super", "definitely", "truly", "certainly", "perfectly", "pretty", "damn", "damned", "freaking", "freakin",
        "crazy", "seriously", "wicked", "terribly", "awfully", "insanely", "ridiculously", "dead",
    ]
    /// Qualities with no valence of their own that an intensifier may grade — size, fit, weight, firmness, speed,
    /// temperature, price, noise — and that are complaints or plain description when intensified ("super petite",
    /// "super tight", "crazy expensive"). Without them the intensifier would not be recognised, as nothing after it
    /// carries valence. Qualities customers mostly praise when they intensify them ("super soft", "super fast",
    /// "super light") are left out on purpose: there the intensifier is the only sentiment marker of the praise.
    static let gradableQualities: Set<String> = [
        "big", "bigger", "small", "smaller", "large", "tiny", "huge", "tall", "short", "long", "petite", "tight",
        "loose", "snug", "thin", "thick", "narrow", "wide", "heavy", "hard", "firm", "stiff", "slow", "slowly", "hot",
        "cold", "cheap", "expensive", "pricey", "low", "high", "loud", "quiet", "dark", "early", "late", "busy",
        "salty", "spicy", "flimsy", "stretchy", "sheer", "sensitive", "different",
    ]

    /// A valenced intensifier directly before a word with valence, a booster, "too", or a gradable quality counts as
    /// a booster (see `valencedIntensifiers`).
    func applyIntensifiers(_ items: inout [SentimentItem]) {
        guard items.count > 1 else { return }
        for i in 0..<(items.count - 1) where items[i].valence != nil && items[i].valencedIntensifier {
            let next = items[i + 1]
            guard next.valence != nil || next.booster != nil || next.lower == "too"
                || next.gradableQuality else { continue }
            items[i].intensifierValence = items[i].valence
            items[i].valence = nil
            items[i].booster = VaderConstants.boosterIncrement
        }
    }

    /// Whether the token at `k` opens its clause: only punctuation, or addressee handles ("@anna ok, ..."), stand
    /// before it in the run.
    func opensClause(_ k: Int, _ tokens: ArraySlice<Token>) -> Bool {
        var j = k - 1
        while j >= tokens.startIndex, tokens[j].kind == .mention { j -= 1 }
        return j < tokens.startIndex || tokens[j].kind == .punctuation
    }

    /// A positive word within three items after "would/could/should have" states what did NOT happen.
    func applyCounterfactuals(_ items: inout [SentimentItem]) {
        guard items.count > 2 else { return }
        for i in 0..<(items.count - 1) where items[i].counterfactualModal {
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

    /// Flags an item built outside the word path (emoticon, compound, emoji word) as a possible phrase start, and
    /// sets the intensifier flags the word path takes from `WordInfo`.
    func marked(_ item: SentimentItem) -> SentimentItem {
        var item = item
        item.phraseStart = phraseStarts.contains(item.lower)
        item.valencedIntensifier = Self.valencedIntensifiers.contains(item.lower)
        item.gradableQuality = Self.gradableQualities.contains(item.lower)
        return item
    }

    @inline(__always)
    func adjacent(_ a: Token, _ b: Token) -> Bool { a.utf8Range.upperBound == b.utf8Range.lowerBound }

    /// Words joined by hyphens with no spaces ("mock-ups", "hassle-free", "state-of-the-art") starting at `k`:
    /// the joined norm and the index after its last token.
    func hyphenCompound(at k: Int, _ tokens: ArraySlice<Token>) -> (norm: String, end: Int)? {
        // The loop below needs a next token touching this one; most words are followed by a space.
        // Fields compared in place: `adjacent` on two subscripted tokens copied (retained) both.
        guard k + 2 < tokens.endIndex, tokens[k].utf8Range.upperBound == tokens[k + 1].utf8Range.lowerBound
        else { return nil }
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
        // A first byte no emoticon starts with (non-ASCII ones may lower-case to one, so they go on).
        if let first = tokens[k].norm.utf8.first, first < 0x80, !emoticonStarts.contains(first) { return nil }
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
            if let v = emoticons[spelled] ?? emoticons[spelled.lowercased()] ?? htmlEscaped(spelled) {
                best = (end - k + 1, v)
            }
            end += 1
        }
        return best
    }

    /// An emoticon written with HTML entities, as scraped and exported text often holds it ("&lt;3" for "<3").
    func htmlEscaped(_ spelled: String) -> Double? {
        guard spelled.utf8.contains(UInt8(ascii: "&")) else { return nil }
        let decoded = spelled.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
        return decoded == spelled ? nil : emoticons[decoded.lowercased()]
    }

    /// Merges runs of items that spell a phrase of the lexicons into one item with the phrase's valence.
    func mergePhrases(_ items: inout [SentimentItem]) {
        guard longestPhrase > 1, items.count > 1 else { return }
        // Built only once a phrase matches: most sentences have none and keep their array.
        var merged: [SentimentItem]?
        var i = 0
        while i < items.count {
            if items[i].phraseStart, i + 1 < items.count, items[i + 1].phraseFollower,
               items[i].wordID < 0 || items[i + 1].wordID < 0
                || phrasePairs.contains(Int(items[i].wordID) << 32 | Int(items[i + 1].wordID)) {
                var key = items[i].lower
                var best: (length: Int, valence: Double, key: String)?
                var j = i + 1
                while j < items.count, j - i < longestPhrase, phrasePrefixIndex.contains(key) {
                    key += " " + items[j].lower
                    j += 1
                    if let phrase = phraseIndex[key] { best = (j - i, phraseValues[phrase], key) }
                }
                if let best {
                    let first = items[i], last = items[i + best.length - 1]
                    var range: Range<Int>?
                    if let a = first.utf8Range, let b = last.utf8Range { range = a.lowerBound..<b.upperBound }
                    let upper = items[i..<(i + best.length)].allSatisfy(\.isUpper)
                    if merged == nil {
                        merged = Array(items[..<i])
                        merged!.reserveCapacity(items.count)
                    }
                    merged!.append(SentimentItem(lower: best.key, isUpper: upper, valence: best.valence,
                                                isNegation: false, utf8Range: range))
                    i += best.length
                    continue
                }
            }
            merged?.append(items[i])
            i += 1
        }
        if let merged { items = merged }
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

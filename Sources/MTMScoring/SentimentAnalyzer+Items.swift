import MTMLexicon
import MTMText

extension SentimentAnalyzer {
    /// Tokens → rule items: words (with inflection fallback), rebuilt emoticons, emoji description words, then
    /// phrase merging; `!`/`?` counted for emphasis.
    func items(_ tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> (items: [SentimentItem], emphasis: Double) {
        // Tokens are read in place through a buffer pointer: each `Token` copied out of the slice retained and
        // released its `norm`, which cost more than the rest of the per-token work. The text's bytes likewise.
        tokens.withUnsafeBufferPointer { tokens in
            if let built = analyzed.text.utf8.withContiguousStorageIfAvailable({ items(tokens, text: $0, in: analyzed) }) {
                return built
            }
            return Array(analyzed.text.utf8).withUnsafeBufferPointer { items(tokens, text: $0, in: analyzed) }
        }
    }

    private func items(_ tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt8>,
                       in analyzed: AnalyzedText) -> (items: [SentimentItem], emphasis: Double) {
        var items: [SentimentItem] = []
        items.reserveCapacity(tokens.count)
        var exclamations = 0, questions = 0
        // The index of the last word token spelled "too" (`WordInfo.isToo`), for the excess rule below.
        var tooAt: Int?
        var k = 0
        while k < tokens.count {
            let kind = tokens[k].kind
            if kind != .word && kind != .number, let (length, valence) = emoticon(at: k, tokens, text: text) {
                let range = tokens[k].utf8Range.lowerBound..<tokens[k + length - 1].utf8Range.upperBound
                items.append(marked(lower: String(analyzed.source(range)).lowercased(), valence: valence,
                                    isNegation: false, utf8Range: range))
                k += length
                continue
            }
            switch kind {
            case .word, .number, .hashtag, .mention:
                // Most words are followed by a space; a compound needs the next token to touch this one (tested
                // here so that most words skip the call).
                if k + 2 < tokens.count, adjacent(tokens, k, k + 1), let compound = hyphenCompound(at: k, tokens) {
                    // "mock-ups", "car-free", "hassle-free": one unit, as VADER's whitespace split sees it.
                    let range = tokens[k].utf8Range.lowerBound..<tokens[compound.end - 1].utf8Range.upperBound
                    items.append(marked(lower: compound.norm, valence: valence(of: compound.norm), isNegation: false,
                                        utf8Range: range))
                    k = compound.end
                    continue
                }
                let isToo = appendWord(at: k, tokens, after: tooAt, to: &items)
                if isToo { tooAt = k }
            case .emoji:
                let token = tokens[k]
                let source = String(analyzed.source(token.utf8Range))
                if let valence = valence(of: source) ?? valence(of: token.norm) {
                    // An emoji the CX overlay scores directly ("😡", "👎").
                    items.append(marked(lower: source, valence: valence, isNegation: false, utf8Range: token.utf8Range))
                } else if let description = emojiWords[source] ?? emojiWords[token.norm] {
                    for word in description {
                        items.append(marked(lower: word, valence: valence(of: word), isNegation: VaderConstants.isNegation(word),
                                            utf8Range: token.utf8Range))
                    }
                }
            case .punctuation:
                for byte in tokens.at(k).pointee.norm.utf8 {
                    if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
                }
            default:
                // Letter emoticons the text stage recognises as one token ("xD", "o_O") are lexicon words, not
                // punctuation runs: look them up by their lower-cased form.
                let token = tokens[k]
                let lower = token.kind == .emoticon ? token.norm.lowercased() : token.norm
                let valence = token.kind == .emoticon ? emoticons[lower] ?? valence(of: lower) : nil
                items.append(marked(lower: lower, valence: valence, isNegation: false, utf8Range: token.utf8Range))
            }
            k += 1
        }
        mergePhrases(&items)
        applyIntensifiers(&items)
        applyCounterfactuals(&items)
        return (items, VaderConstants.punctuationEmphasis(exclamations: exclamations, questions: questions))
    }

    /// Appends the item of the word, number, hashtag or handle token at `k` (`tooAt`: the last "too" before it);
    /// returns whether the token is the word "too".
    private func appendWord(at k: Int, _ tokens: UnsafeBufferPointer<Token>, after tooAt: Int?,
                            to items: inout [SentimentItem]) -> Bool {
        let kind = tokens[k].kind
        let flags = tokens[k].flags
        let range = tokens[k].utf8Range
        // `let`s, so that the norm is retained once, for the item (a `var` was copied for each call it went to).
        let norm = kind == .hashtag ? String(tokens.at(k).pointee.norm.drop { $0 == "#" }) : tokens.at(k).pointee.norm
        var likeComparison = false
        // `info`'s per-word flags hold for the item's form (false once an entity rewrites it). A word not in the
        // table has the default (empty) info.
        var wordFlags = true
        let (index, scannedNT, scannedSpace) = lookUp(norm)
        let info = index.map { wordInfo[$0] } ?? WordInfo()
        // A hashtag's info is of its stripped form; the excess rule tests the token itself.
        let isToo = kind != .hashtag && info.isToo
        var valence = info.valence
        var upper = flags.contains(.allCaps)
        // The one-byte token touching this one on the left, if any ("#", "@", "&").
        let prefix = k > 0 && adjacent(tokens, k - 1, k) && tokens.at(k - 1).pointee.norm.utf8.count == 1
            ? tokens.at(k - 1).pointee.norm.utf8.first! : 0
        if prefix == UInt8(ascii: "#") || prefix == UInt8(ascii: "@") || kind == .hashtag || kind == .mention {
            // Hashtags and handles: a real word counts ("#happy"), short tags do not ("#FF"), no shouting.
            upper = false
            if norm.count < Tuning.minimumTagLength { valence = nil }
            if prefix == UInt8(ascii: "@") || kind == .mention { valence = nil }
        } else if prefix == UInt8(ascii: "&"), k + 1 < tokens.count, tokens.at(k + 1).pointee.norm.equalsASCII(";"),
                  adjacent(tokens, k, k + 1) {
            // An HTML entity left in the text ("&gt;"): not a word.
            valence = nil
            wordFlags = false
        }
        // The item's form: an entity's with its "&" and ";".
        let lower = wordFlags ? norm : "&" + norm + ";"
        if info.discourseMarker, k + 1 < tokens.count, tokens[k + 1].kind == .punctuation,
           tokens.at(k + 1).pointee.norm.hasPrefix(",") || tokens.at(k + 1).pointee.norm.hasPrefix("."), opensClause(k, tokens) {
            // "No." / "Ok, let's see" / "Well, ...": an answer or a discourse marker, not an opinion.
            // VADER's split keeps "no." and "ok," whole and unmatched too. Markers open their clause, so
            // after a word it is the predicate again: "and that's okay." is an opinion.
            valence = nil
        }
        if info.isLike, valence != nil, !items.isEmpty, !isLikeVerb(items),
           !(k + 1 < tokens.count && tokens.at(k + 1).pointee.norm.equalsASCII("to")) {
            // "looks like", "like many others": the preposition, not the verb of liking ("like to" is), so
            // only `Tuning.comparisonLikeValence`. "it's not like I'm jealous": a negated comparison, none.
            valence = items.last!.isNegation ? nil : Tuning.comparisonLikeValence
            likeComparison = valence != nil
        }
        if tooAt == k - 1, kind == .word, !Self.tooExceptions.contains(lower) {
            // "too small", "too slow": excess of a neutral quality is a complaint. "too cute" stays praise
            // (informal intensifier), "too bad" stays negative.
            if valence == nil { valence = Tuning.excessValence }
        }
        // A table word's "n't" and space tests were made once with the table, another word's by `lookUp`; an
        // entity's form is new.
        let negation = flags.contains(.negation) || info.negation
            || (!wordFlags ? VaderConstants.containsNT(lower) : index != nil ? info.containsNT : scannedNT)
        let hasSpace = !wordFlags ? SentimentItem.hasSpace(lower) : index != nil ? info.hasSpace : scannedSpace
        var item = SentimentItem(lower: lower, isUpper: upper, valence: valence, isNegation: negation, utf8Range: range,
                                 booster: info.booster, idiomWord: info.idiomWord,
                                 ruleWord: wordFlags ? info.ruleWord : .other, hasSpace: hasSpace)
        item.phraseStart = info.phraseStart
        item.phraseFollower = info.phraseFollower
        item.counterfactualModal = info.counterfactualModal
        item.likeComparison = likeComparison
        item.valencedIntensifier = wordFlags && info.valencedIntensifier
        item.gradableQuality = wordFlags && info.gradableQuality
        if wordFlags, let index { item.wordID = Int32(index) }
        items.append(consume item)
        return isToo
    }

    /// `wordIndex[norm]`, and for a word not in the table `VaderConstants.containsNT(norm)` and
    /// `SentimentItem.hasSpace(norm)` (false for a table word, whose `WordInfo` holds them): on the norm's bytes
    /// through one pointer, as iterating `utf8` cost about 25 instructions a byte.
    @inline(__always)
    func lookUp(_ norm: String) -> (index: Int?, containsNT: Bool, hasSpace: Bool) {
        // A small String (nearly every norm) is looked up from its own two words (`WordIndex.lookUpInline`).
        if let (index, head, tail, count) = wordIndex.lookUpInline(norm) {
            if index != nil { return (index, false, false) }
            let (containsNT, hasSpace) = Self.ntAndSpace(head: head, tail: tail, count: count)
            return (nil, containsNT, hasSpace)
        }
        let found = norm.utf8.withContiguousStorageIfAvailable { bytes -> (Int?, Bool, Bool) in
            if let index = wordIndex[utf8: bytes] { return (index, false, false) }
            let (containsNT, hasSpace) = Self.ntAndSpace(bytes)
            return (nil, containsNT, hasSpace)
        }
        return found ?? (wordIndex[norm], VaderConstants.containsNT(norm), SentimentItem.hasSpace(norm))
    }

    /// `VaderConstants.containsNT` and `SentimentItem.hasSpace` of the same bytes, in one pass.
    static func ntAndSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> (containsNT: Bool, hasSpace: Bool) {
        var containsNT = false, hasSpace = false
        var a: UInt8 = 0, b: UInt8 = 0
        for c in bytes {
            if c == UInt8(ascii: " ") { hasSpace = true }
            if c == UInt8(ascii: "t") && b == UInt8(ascii: "'") && a == UInt8(ascii: "n") { containsNT = true }
            a = b; b = c
        }
        return (containsNT, hasSpace)
    }

    /// `ntAndSpace` of at most 15 bytes packed into two little-endian words, zero-padded (`WordIndex.lookUpInline`):
    /// a space or an apostrophe is found a word at a time, and only a word with an apostrophe is read byte by byte.
    static func ntAndSpace(head: UInt64, tail: UInt64, count: Int) -> (containsNT: Bool, hasSpace: Bool) {
        let hasSpace = hasByte(0x20, head) || hasByte(0x20, tail)
        guard count >= 3, hasByte(0x27, head) || hasByte(0x27, tail) else { return (false, hasSpace) }
        func byte(_ i: Int) -> UInt64 { (i < 8 ? head >> UInt64(8 * i) : tail >> UInt64(8 * (i - 8))) & 0xFF }
        for i in 1..<(count - 1) where byte(i) == 0x27 && byte(i - 1) == 0x6E && byte(i + 1) == 0x74 {
            return (true, hasSpace)
        }
        return (false, hasSpace)
    }

    /// Whether any of the word's eight bytes is `byte` (the exact zero-byte test on `word ^ byte × 0x01…01`; the
    /// zero padding never matches, as `byte` is not zero).
    @inline(__always)
    private static func hasByte(_ byte: UInt8, _ word: UInt64) -> Bool {
        let v = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
    }

    /// Whether the token at `k` opens its clause: only punctuation, or addressee handles ("@anna ok, ..."), stand
    /// before it in the run.
    func opensClause(_ k: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var j = k - 1
        while j >= 0, tokens[j].kind == .mention { j -= 1 }
        return j < 0 || tokens[j].kind == .punctuation
    }

    /// The valence of a lexicon word or inflected form (the word table's), nil when it has none.
    func valence(of word: String) -> Double? { wordIndex[word].flatMap { wordInfo[$0].valence } }

    /// An item built outside the word path (emoticon, compound, emoji word, other token), with the per-word facts
    /// the word path takes from `WordInfo` (phrase start, booster, idiom word, intensifier flags, rule word) from
    /// one lookup of its form.
    func marked(lower: String, valence: Double?, isNegation: Bool, utf8Range: Range<Int>) -> SentimentItem {
        let info = wordIndex[lower].map { wordInfo[$0] } ?? WordInfo()
        var item = SentimentItem(lower: lower, isUpper: false, valence: valence, isNegation: isNegation,
                                 utf8Range: utf8Range, booster: info.booster, idiomWord: info.idiomWord,
                                 ruleWord: info.ruleWord, hasSpace: SentimentItem.hasSpace(lower))
        item.phraseStart = info.phraseStart
        item.valencedIntensifier = info.valencedIntensifier
        item.gradableQuality = info.gradableQuality
        return item
    }
}

import MTMText

/// The emotion lexicon: categories (with arousal and polarity) and terms (single words and multi-word phrases),
/// each carrying one or more emotions with a weight. Load it with `load(directory:overlays:)`; find terms in a run
/// of tokens with `matches(in:)`.
///
/// Matching works on token keys: `Token.norm` with "n't" folded to "nt" (so "don't" and "dont" agree). A single
/// word matches its exact form first, then the base forms `EmotionInflection` proposes ("annoyed" → "annoy"). A
/// phrase matches token by token, each word in any of its inflected forms ("letting down" ↔ "let down"); at each
/// position the longest phrase wins, and matched tokens are not matched again.
public struct EmotionLexicon: Sendable {
    /// Emotions in declaration order (categories.tsv first, then overlays).
    public private(set) var categories: [EmotionCategory]
    private var categoryIndex: [String: Int]
    /// Term key (token keys joined by spaces) → its emotions. A key with no emotions blocks the inflection fall-back.
    private var entries: [String: [EmotionWeight]] = [:]
    /// Any form of a phrase's first word → the phrases starting with it, longest first.
    private var phraseStarts: [String: [Phrase]] = [:]

    struct Phrase: Sendable {
        var key: String
        /// For each word of the phrase: its key and the base forms it may stand for.
        var words: [Set<String>]
    }

    /// An empty lexicon with the given categories (the loader fills it; tests may build one by hand).
    public init(categories: [EmotionCategory]) {
        self.categories = []
        categoryIndex = [:]
        for category in categories { declare(category) }
    }

    /// Number of distinct terms (words and phrases) with at least one emotion.
    public var termCount: Int { entries.values.count { !$0.isEmpty } }
    /// Number of (term, emotion) pairs.
    public var pairCount: Int { entries.values.reduce(0) { $0 + $1.count } }
    /// All term keys with at least one emotion, sorted.
    public var terms: [String] { entries.filter { !$0.value.isEmpty }.keys.sorted() }

    public func category(named name: String) -> EmotionCategory? {
        categoryIndex[name].map { categories[$0] }
    }

    public func index(ofCategory name: String) -> Int? { categoryIndex[name] }

    /// Adds a category, or replaces the arousal, polarity and description of one with the same name.
    public mutating func declare(_ category: EmotionCategory) {
        if let i = categoryIndex[category.name] {
            categories[i] = category
        } else {
            categoryIndex[category.name] = categories.count
            categories.append(category)
        }
    }

    /// Sets the weight of `emotion` for a term given as its token keys (see `key(of:)`). Weight 0 removes the
    /// emotion but keeps the term, so it still stops the inflection fall-back. Returns false for an undeclared
    /// emotion or an empty term.
    @discardableResult
    public mutating func set(termKeys keys: [String], emotion: String, weight: Double) -> Bool {
        guard let category = categoryIndex[emotion], !keys.isEmpty else { return false }
        let key = keys.joined(separator: " ")
        var weights = entries[key] ?? []
        if entries[key] == nil, keys.count > 1 { addPhrase(key: key, words: keys) }
        weights.removeAll { $0.category == category }
        if weight > 0 {
            weights.append(EmotionWeight(category: category, emotion: emotion, weight: weight))
            weights.sort { $0.category < $1.category }
        }
        entries[key] = weights
        return true
    }

    /// Whether the term (as token keys) has a weight for `emotion`.
    public func contains(termKeys keys: [String], emotion: String) -> Bool {
        entries[keys.joined(separator: " ")]?.contains { $0.emotion == emotion } ?? false
    }

    /// The emotions of a normalised token or phrase: token norms separated by single spaces, as `Token.norm`
    /// gives them ("annoyed", "fed up", "hassle - free"). Inflected forms are found as in running text. Empty when
    /// the whole term is not one lexicon term.
    public func lookup(_ term: String) -> [EmotionWeight] {
        let keys = term.split(separator: " ").map { Self.key(of: String($0)) }
        guard !keys.isEmpty else { return [] }
        let found = findMatches(count: keys.count) { (keys[$0], Self.isWordKey(keys[$0])) }
        guard found.count == 1, let only = found.first, only.tokens == 0..<keys.count else { return [] }
        return only.weights
    }

    /// Lexicon terms in a run of tokens, left to right, longest phrase first, without overlaps.
    public func matches(in tokens: ArraySlice<Token>) -> [EmotionMatch] {
        let base = tokens.startIndex
        var found = findMatches(count: tokens.count) { i in
            let token = tokens[base + i]
            return (Self.key(of: token.norm), token.kind == .word)
        }
        for i in found.indices {
            found[i].tokens = (found[i].tokens.lowerBound + base)..<(found[i].tokens.upperBound + base)
        }
        return found
    }

    /// The matching key of a token norm: "n't" folded to "nt" so that "don't" and "dont" agree.
    public static func key(of norm: String) -> String {
        guard norm.utf8.contains(0x27) else { return norm }
        return norm.replacing("n't", with: "nt")
    }

    /// Sums weights by arousal; emotions the lexicon does not declare are left out.
    public func arousal(of emotions: [String: Double]) -> EmotionArousalSummary {
        var summary = EmotionArousalSummary(high: 0, low: 0)
        for (name, weight) in emotions.sorted(by: { $0.key < $1.key }) {
            guard let category = category(named: name), weight > 0 else { continue }
            switch category.arousal {
            case .high: summary.high += weight
            case .low: summary.low += weight
            }
        }
        return summary
    }

    // MARK: - Matching

    private mutating func addPhrase(key: String, words: [String]) {
        let phrase = Phrase(key: key, words: words.map { Set([$0] + EmotionInflection.candidates(of: $0)) })
        for form in phrase.words[0] {
            var list = phraseStarts[form] ?? []
            list.append(phrase)
            list.sort { ($0.words.count, $1.key) > ($1.words.count, $0.key) }
            phraseStarts[form] = list
        }
    }

    private static func isWordKey(_ key: String) -> Bool {
        key.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The matcher over any run of (key, isWord) items, with item indices from 0.
    private func findMatches(count: Int, item: (Int) -> (key: String, isWord: Bool)) -> [EmotionMatch] {
        var found: [EmotionMatch] = []
        var i = 0
        while i < count {
            let (key, isWord) = item(i)
            let forms = isWord ? EmotionInflection.candidates(of: key) : []
            if let phrase = longestPhrase(at: i, key: key, forms: forms, count: count, item: item) {
                found.append(EmotionMatch(tokens: i..<(i + phrase.words.count), term: phrase.key,
                                          weights: entries[phrase.key] ?? []))
                i += phrase.words.count
                continue
            }
            if let weights = entries[key] {
                found.append(EmotionMatch(tokens: i..<(i + 1), term: key, weights: weights))
            } else if let form = forms.first(where: { entries[$0] != nil }), let weights = entries[form] {
                found.append(EmotionMatch(tokens: i..<(i + 1), term: form, weights: weights))
            }
            i += 1
        }
        return found
    }

    private func longestPhrase(at start: Int, key: String, forms: [String], count: Int,
                               item: (Int) -> (key: String, isWord: Bool)) -> Phrase? {
        guard !phraseStarts.isEmpty else { return nil }
        var best: Phrase?
        for form in [key] + forms {
            guard let phrases = phraseStarts[form] else { continue }
            for phrase in phrases where phrase.words.count > (best?.words.count ?? 1) {
                guard start + phrase.words.count <= count else { continue }
                var ok = true
                for offset in 1..<phrase.words.count {
                    let (next, nextIsWord) = item(start + offset)
                    let wanted = phrase.words[offset]
                    if wanted.contains(next) { continue }
                    if nextIsWord, EmotionInflection.candidates(of: next).contains(where: wanted.contains) { continue }
                    ok = false
                    break
                }
                if ok { best = phrase; break }
            }
        }
        return best
    }
}

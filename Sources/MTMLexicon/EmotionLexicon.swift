import MTMText

/// The emotion lexicon: categories (with arousal and polarity) and terms (single words and multi-word phrases),
/// each carrying one or more emotions with a weight. Load it with `load(directory:overlays:)`; find terms in a run
/// of tokens with `matches(in:)`.
///
/// Matching works on token keys: `Token.norm` with "n't" folded to "nt" (so "don't" and "dont" agree). A single
/// word matches its exact form first, then the first base form `Inflection.candidates(of:)` proposes that is
/// a term ("annoyed" → "annoy"). A phrase matches token by token, each word in any of its inflected forms
/// ("letting down" ↔ "let down"); at each position the longest phrase wins, and matched tokens are not matched
/// again. The inflected forms are worked out when terms are added (`EmotionLexicon+Index.swift`), so matching a
/// token is one dictionary lookup.
public struct EmotionLexicon: Sendable {
    /// Emotions in declaration order (categories.tsv first, then overlays).
    public private(set) var categories: [EmotionCategory]
    var categoryIndex: [String: Int]
    /// Term key (token keys joined by spaces) → entry number. A term whose emotions are all removed keeps its entry,
    /// so that it still stops the inflection fall-back.
    var entryIndex: [String: Int] = [:]
    var entryKeys: [String] = []
    var entryWeights: [[EmotionWeight]] = []
    /// Every surface form a token may take → its slot number (positions of the index), filed on bytes as terms are
    /// added, so matching costs one lookup per token; everything after works on slot numbers. Once loading is done
    /// (`indexSlots()`), each form's payload holds its `Slot` packed, read from the same cache line as the form's
    /// bytes; after a term is set, until `indexSlots()` runs again, matching reads `slots` instead.
    var forms = WordIndex(capacity: 0)
    /// Per slot: the single-word term whose key is exactly this form (`entryIndex` for it, by bytes), else -1.
    var slotTerms: [Int32] = []
    /// Whether every form's payload holds its current `Slot`.
    var payloadsCurrent = false
    /// What a surface form leads to: the single-word entry it resolves to (its own entry, else the first inflection
    /// candidate that is an entry) and the phrases that may start with it.
    var slots: [Slot] = []
    /// Phrases by first word (the slot's group), longest first, then by entry key.
    var phraseGroups: [[Phrase]] = []
    /// For each phrase group, the slots any of its phrases accepts as second word, sorted: most tokens that can
    /// start a phrase ("the", "not", "i") are not followed by one, and this skips the group with one binary search.
    var phraseGroupSeconds: [[Int32]] = []
    /// How many slots share each phrase group. The surface forms of one first word ("feel", "feels", "felt"...) lead
    /// to the same phrases, so they share one group until a phrase starting with only some of them splits it.
    var phraseGroupUsers: [Int32] = []
    /// Slots of a phrase word's surface forms, memoised while loading (phrase words repeat: "not", "i", "the").
    var phraseWordSlots: [String: [Int32]] = [:]
    /// Slots of every form of a lemma of a phrase word (`lemmaSlots(_:)`), memoised the same way.
    var phraseLemmaSlots: [String: [Int32]] = [:]

    struct Slot: Sendable {
        var entry: Int32 = -1
        var phraseGroup: Int32 = -1

        init() {}

        /// A slot from its `packed` form.
        init(packed: UInt64) {
            entry = Int32(bitPattern: UInt32(truncatingIfNeeded: packed >> 32))
            phraseGroup = Int32(bitPattern: UInt32(truncatingIfNeeded: packed))
        }

        /// Entry (high 32 bits) and phrase group (low 32 bits), as a form's payload in `forms`.
        var packed: UInt64 {
            UInt64(UInt32(bitPattern: entry)) << 32 | UInt64(UInt32(bitPattern: phraseGroup))
        }
    }

    struct Phrase: Sendable {
        var entry: Int
        /// For each word of the phrase: the slots of every surface form of it that matches, sorted.
        var words: [[Int32]]
        /// The second word's smallest and largest slot: a token outside them is ruled out before the binary search
        /// of `words[1]`. A word's forms are filed together, so their slots lie in a few close runs, and most of a
        /// group's phrases are skipped this way. (An empty list gives an empty range.)
        let secondLow: Int32, secondHigh: Int32

        init(entry: Int, words: [[Int32]]) {
            self.entry = entry
            self.words = words
            secondLow = words[1].first ?? .max
            secondHigh = words[1].last ?? .min
        }
    }

    /// An empty lexicon with the given categories (the loader fills it; tests may build one by hand).
    public init(categories: [EmotionCategory]) {
        self.categories = []
        categoryIndex = [:]
        for category in categories { declare(category) }
    }

    /// Number of distinct terms (words and phrases) with at least one emotion.
    public var termCount: Int { entryWeights.count { !$0.isEmpty } }
    /// Number of (term, emotion) pairs.
    public var pairCount: Int { entryWeights.reduce(0) { $0 + $1.count } }
    /// All term keys with at least one emotion, sorted.
    public var terms: [String] { entryKeys.indices.filter { !entryWeights[$0].isEmpty }.map { entryKeys[$0] }.sorted() }

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
        payloadsCurrent = false
        let entry = entryIndex[keys.joined(separator: " ")] ?? addEntry(keys)
        entryWeights[entry].removeAll { $0.category == category }
        if weight > 0 {
            entryWeights[entry].append(EmotionWeight(category: category, emotion: emotion, weight: weight))
            entryWeights[entry].sort { $0.category < $1.category }
        }
        return true
    }

    /// Whether the term (as token keys) has a weight for `emotion`.
    public func contains(termKeys keys: [String], emotion: String) -> Bool {
        guard let entry = entryIndex[keys.joined(separator: " ")] else { return false }
        return entryWeights[entry].contains { $0.emotion == emotion }
    }

    /// The emotions of a normalised token or phrase: token norms separated by single spaces, as `Token.norm`
    /// gives them ("annoyed", "fed up", "hassle - free"). Inflected forms are found as in running text. Empty when
    /// the whole term is not one lexicon term.
    public func lookup(_ term: String) -> [EmotionWeight] {
        let keys = term.split(separator: " ").map { Self.key(of: String($0)) }
        guard !keys.isEmpty else { return [] }
        let found = findMatches(count: keys.count) { keys[$0] }
        guard found.count == 1, let only = found.first, only.tokens == 0..<keys.count else { return [] }
        return only.weights
    }

    /// Copies every slot into its form's payload (the loader calls it when all terms are in).
    mutating func indexSlots() {
        for (id, slot) in slots.enumerated() { forms.setPayload(slot.packed, at: id) }
        payloadsCurrent = true
    }

    /// Lexicon terms in a run of tokens, left to right, longest phrase first, without overlaps.
    public func matches(in tokens: ArraySlice<Token>) -> [EmotionMatch] {
        var found: [EmotionMatch] = []
        forEachMatch(in: tokens) { found.append($0) }
        return found
    }

    /// The terms `matches(in:)` lists, in its order, one at a time: the scorer's path, which needs no array of them.
    /// Each token's norm is looked up as the bytes it holds, through a pointer to the tokens (no String copied).
    public func forEachMatch(in tokens: ArraySlice<Token>, _ body: (EmotionMatch) -> Void) {
        let base = tokens.startIndex
        tokens.withUnsafeBufferPointer { tokens in
            scanMatches(count: tokens.count, find: { i in forms.positionAndPayload(tokens[i].norm) }) { match in
                var match = match
                match.tokens = (match.tokens.lowerBound + base)..<(match.tokens.upperBound + base)
                body(match)
            }
        }
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

    /// The matcher over any run of token keys, with indices from 0.
    func findMatches(count: Int, key: (Int) -> String) -> [EmotionMatch] {
        var found: [EmotionMatch] = []
        scanMatches(count: count, find: { i in
            var token = key(i)
            return token.withUTF8 { forms.positionAndPayload(utf8: $0) }
        }) { found.append($0) }
        return found
    }

    /// The matcher over `count` tokens, with indices from 0: `find(i)` is token i's position and payload in `forms`
    /// (nil when it is not there); `body` gets each match, left to right.
    @inline(__always)
    func scanMatches(count: Int, find: (Int) -> (position: Int, payload: UInt64)?, _ body: (EmotionMatch) -> Void) {
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { ids in
            // Each token's slot number and record (entry, phrase group), from one probe of `forms`.
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: count) { records in
                for i in 0..<count {
                    if let found = find(i) {
                        ids[i] = Int32(found.position)
                        records[i] = payloadsCurrent ? Slot(packed: found.payload) : slots[found.position]
                    } else {
                        ids[i] = -1
                        records[i] = Slot()
                    }
                }
                var i = 0
                while i < count {
                    let id = ids[i]
                    guard id >= 0 else { i += 1; continue }
                    let slot = records[i]
                    if slot.phraseGroup >= 0, i + 1 < count, ids[i + 1] >= 0,
                       Self.sortedContains(phraseGroupSeconds[Int(slot.phraseGroup)], ids[i + 1]),
                       let phrase = longestPhrase(in: phraseGroups[Int(slot.phraseGroup)], at: i, ids: ids) {
                        body(EmotionMatch(tokens: i..<(i + phrase.length), term: entryKeys[phrase.entry],
                                          weights: entryWeights[phrase.entry]))
                        i += phrase.length
                        continue
                    }
                    if slot.entry >= 0 {
                        let entry = Int(slot.entry)
                        body(EmotionMatch(tokens: i..<(i + 1), term: entryKeys[entry], weights: entryWeights[entry]))
                    }
                    i += 1
                }
            }
        }
    }

    /// The first phrase of the group (longest first) whose words the tokens from `start` on match: its entry and
    /// length. Phrases are read in place through a pointer (no copy of each one's word lists).
    private func longestPhrase(in group: [Phrase], at start: Int,
                               ids: UnsafeMutableBufferPointer<Int32>) -> (entry: Int, length: Int)? {
        guard start + 1 < ids.count, ids[start + 1] >= 0 else { return nil }
        let second = ids[start + 1]
        return group.withUnsafeBufferPointer { group in
            phrases: for k in group.indices {
                let length = group[k].words.count
                guard start + length <= ids.count, group[k].secondLow <= second, second <= group[k].secondHigh,
                      Self.sortedContains(group[k].words[1], second) else { continue }
                for offset in 2..<length where !Self.sortedContains(group[k].words[offset], ids[start + offset]) {
                    continue phrases
                }
                return (group[k].entry, length)
            }
            return nil
        }
    }

    /// Binary search in a sorted list of slots.
    @inline(__always) static func sortedContains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}

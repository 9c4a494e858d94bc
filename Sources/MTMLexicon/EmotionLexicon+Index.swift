extension EmotionLexicon {
    /// Whether `key` (token keys joined by spaces) is a term, with or without emotions.
    func hasEntry(_ key: String) -> Bool { entryIndex[key] != nil }

    /// Adds an entry for a new term and indexes every surface form that leads to it.
    ///
    /// A single word gets its own slot (an exact form always wins), and each of its inflected forms is resolved
    /// again: to the first of its `Inflection.candidates` that is a single-word term, exactly as stripping the
    /// suffix at match time would. A phrase is filed under every surface form of its first word.
    mutating func addEntry(_ keys: [String]) -> Int {
        let entry = entryKeys.count
        let key = keys.joined(separator: " ")
        entryIndex[key] = entry
        entryKeys.append(key)
        entryWeights.append([])
        if keys.count == 1 {
            for spelling in Self.spellings(of: key) { slots[Int(slot(spelling))].entry = Int32(entry) }
            let index = entryIndex
            for (form, candidates) in Inflection.inflections(of: key) where index[form] == nil {
                if let target = candidates.lazy.compactMap({ index[$0] }).first {
                    for spelling in Self.spellings(of: form) { slots[Int(slot(spelling))].entry = Int32(target) }
                }
            }
        } else {
            var words: [[Int32]] = []
            for word in keys {
                if let known = phraseWordSlots[word] {
                    words.append(known)
                } else {
                    let ids = Self.surfaceForms(of: word).map { slot($0) }.sorted()
                    phraseWordSlots[word] = ids
                    words.append(ids)
                }
            }
            let phrase = Phrase(entry: entry, words: words)
            for id in phrase.words[0] {
                if slots[Int(id)].phraseGroup < 0 {
                    slots[Int(id)].phraseGroup = Int32(phraseGroups.count)
                    phraseGroups.append([])
                    phraseGroupSeconds.append([])
                }
                let group = Int(slots[Int(id)].phraseGroup)
                let keys = entryKeys
                func precedes(_ a: Phrase, _ b: Phrase) -> Bool {
                    (a.words.count, keys[b.entry]) > (b.words.count, keys[a.entry])
                }
                // One list per first word, in matching order; the second word is checked at match time. (Filing
                // each phrase under every pair of surface forms of its first two words dominated start-up.)
                // The list is in that order, so the insertion point (the first phrase this one precedes) is found
                // by binary search.
                var index = 0, end = phraseGroups[group].count
                while index < end {
                    let mid = (index + end) / 2
                    if precedes(phrase, phraseGroups[group][mid]) { end = mid } else { index = mid + 1 }
                }
                phraseGroups[group].insert(phrase, at: index)
                for second in phrase.words[1] {
                    var at = 0, high = phraseGroupSeconds[group].count
                    while at < high {
                        let mid = (at + high) / 2
                        if phraseGroupSeconds[group][mid] < second { at = mid + 1 } else { high = mid }
                    }
                    if at == phraseGroupSeconds[group].endIndex || phraseGroupSeconds[group][at] != second {
                        phraseGroupSeconds[group].insert(second, at: at)
                    }
                }
            }
        }
        return entry
    }

    /// The slot of a surface form, created empty if new.
    private mutating func slot(_ form: String) -> Int32 {
        if let id = slotIndex[form] { return id }
        let id = Int32(slots.count)
        slotIndex[form] = id
        slots.append(Slot())
        return id
    }

    /// The token keys a phrase word matches: the word, the base forms it may be an inflection of, and every
    /// inflected form of those ("letting" ↔ "let" ↔ "lets").
    static func surfaceForms(of word: String) -> Set<String> {
        let lemmas = [word] + Inflection.candidates(of: word)
        var forms = Set<String>()
        for lemma in lemmas {
            forms.formUnion(spellings(of: lemma))
            for form in Inflection.inflectedForms(of: lemma) { forms.formUnion(spellings(of: form)) }
        }
        return forms
    }

    /// A key and, for a folded contraction ("dont", "cant"), its apostrophe spelling ("don't", "can't"): token norms
    /// are looked up as they are, so both spellings are indexed rather than folding every token at match time.
    static func spellings(of key: String) -> [String] {
        guard key.utf8.count >= 3, key.hasSuffix("nt") else { return [key] }
        return [key, String(key.dropLast(2)) + "n't"]
    }
}

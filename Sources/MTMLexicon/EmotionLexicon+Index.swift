extension EmotionLexicon {
    /// Whether `key` (token keys joined by spaces) is a term, with or without emotions.
    func hasEntry(_ key: String) -> Bool { entryIndex[key] != nil }

    /// Adds an entry for a new term and indexes every surface form that leads to it.
    ///
    /// A single word gets its own slot (an exact form always wins), and each of its inflected forms is resolved
    /// again: to the first of its `EmotionInflection.candidates` that is a single-word term, exactly as stripping the
    /// suffix at match time would. A phrase is filed under every surface form of its first word.
    mutating func addEntry(_ keys: [String]) -> Int {
        let entry = entryKeys.count
        let key = keys.joined(separator: " ")
        entryIndex[key] = entry
        entryKeys.append(key)
        entryWeights.append([])
        if keys.count == 1 {
            for spelling in Self.spellings(of: key) { slots[spelling, default: Slot()].entry = Int32(entry) }
            let index = entryIndex
            for form in EmotionInflection.inflectedForms(of: key) where index[form] == nil {
                if let target = EmotionInflection.candidates(of: form).lazy.compactMap({ index[$0] }).first {
                    for spelling in Self.spellings(of: form) { slots[spelling, default: Slot()].entry = Int32(target) }
                }
            }
        } else {
            let phrase = Phrase(entry: entry, words: keys.map(Self.surfaceForms))
            for form in phrase.words[0] {
                var slot = slots[form] ?? Slot()
                if slot.phraseGroup < 0 {
                    slot.phraseGroup = Int32(phraseGroups.count)
                    phraseGroups.append([])
                    slots[form] = slot
                }
                let group = Int(slot.phraseGroup)
                phraseGroups[group].append(phrase)
                phraseGroups[group].sort {
                    ($0.words.count, entryKeys[$1.entry]) > ($1.words.count, entryKeys[$0.entry])
                }
            }
        }
        return entry
    }

    /// The token keys a phrase word matches: the word, the base forms it may be an inflection of, and every
    /// inflected form of those ("letting" ↔ "let" ↔ "lets").
    static func surfaceForms(of word: String) -> Set<String> {
        let lemmas = [word] + EmotionInflection.candidates(of: word)
        var forms = Set<String>()
        for lemma in lemmas {
            forms.formUnion(spellings(of: lemma))
            for form in EmotionInflection.inflectedForms(of: lemma) { forms.formUnion(spellings(of: form)) }
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

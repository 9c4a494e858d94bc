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
                    var ids = Self.surfaceForms(of: word).map { slot($0) }
                    ids.sort()
                    ids.removeAdjacentDuplicates()
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
    /// inflected form of those ("letting" ↔ "let" ↔ "lets"). A key may be listed more than once (the caller maps
    /// them to sorted slot numbers and drops repeats there, cheaper than hashing every form into a set).
    static func surfaceForms(of word: String) -> [String] {
        var forms: [String] = []
        forms.reserveCapacity(64)
        for lemma in [word] + Inflection.candidates(of: word) {
            appendSpellings(of: lemma, to: &forms)
            for form in Inflection.inflectedForms(of: lemma) { appendSpellings(of: form, to: &forms) }
        }
        return forms
    }

    /// A key and, for a folded contraction ("dont", "cant"), its apostrophe spelling ("don't", "can't"): token norms
    /// are looked up as they are, so both spellings are indexed rather than folding every token at match time.
    static func spellings(of key: String) -> [String] {
        var out: [String] = []
        appendSpellings(of: key, to: &out)
        return out
    }

    static func appendSpellings(of key: String, to out: inout [String]) {
        out.append(key)
        let u = key.utf8
        guard u.count >= 3, u.last == UInt8(ascii: "t"), u[u.index(u.endIndex, offsetBy: -2)] == UInt8(ascii: "n"),
              key.hasSuffix("nt") else { return }
        out.append(String(key.dropLast(2)) + "n't")
    }
}

extension Array where Element: Equatable {
    /// Drops each element equal to the one before it (on a sorted array: every repeat).
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}

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
            slotTerms[Int(slot(key))] = Int32(entry)
            // On bytes: a form is a single-word term when its slot is one's own (`slotTerms`), as `entryIndex` says.
            // Every form `forEachInflection` gives has the lemma among its candidates, and the lemma is a term, so
            // every form that is not a term itself gets a slot: it is created (or found) first, one probe rather
            // than a look-up and then an insert, and a candidate equal to the lemma is this entry without a probe.
            var lemma = key
            var scratch: [UInt8] = []
            let own = Int32(entry)
            lemma.withUTF8 { lemma in
                Inflection.forEachInflection(of: lemma) { form, candidates in
                    let id = Int(slot(form))
                    guard slotTerms[id] < 0 else { return }
                    var target: Int32?
                    if let first = candidates.items.first, Inflection.Candidates.spells(form, first, lemma) {
                        target = own  // the usual case, with no candidate spelt out
                    } else {
                        candidates.forEach(in: form) { candidate in
                            target = candidate.count == lemma.count && candidate.elementsEqual(lemma) ? own : term(candidate)
                            return target == nil
                        }
                    }
                    guard let target else { return }
                    slots[id].entry = target
                    Self.withContraction(of: form, scratch: &scratch) { slots[Int(slot($0))].entry = target }
                }
            }
        } else {
            var words: [[Int32]] = []
            for word in keys {
                if let known = phraseWordSlots[word] {
                    words.append(known)
                } else {
                    // Each lemma's slots, then all of them in one array sized for them, which grows once.
                    let lists = ([word] + Inflection.candidates(of: word)).map { lemmaSlots($0) }
                    var ids: [Int32] = []
                    ids.reserveCapacity(lists.reduce(0) { $0 + $1.count })
                    for list in lists { ids += list }
                    ids.sort()
                    ids.removeAdjacentDuplicates()
                    phraseWordSlots[word] = ids
                    words.append(ids)
                }
            }
            let phrase = Phrase(entry: entry, words: words)
            // The first word's slots, by the group they now share (-1: none yet). A group all of whose slots lead
            // to this phrase takes it once; the others are copied for these slots first, so every slot's group
            // still holds exactly the phrases that may start with it.
            var shared: [(group: Int32, slots: [Int32])] = []
            for id in phrase.words[0] {
                let group = slots[Int(id)].phraseGroup
                if let k = shared.firstIndex(where: { $0.group == group }) {
                    shared[k].slots.append(id)
                } else {
                    shared.append((group, [id]))
                }
            }
            for (old, members) in shared {
                var group = Int(old)
                if old < 0 || Int(phraseGroupUsers[group]) != members.count {
                    group = phraseGroups.count
                    phraseGroups.append(old < 0 ? [] : phraseGroups[Int(old)])
                    phraseGroupSeconds.append(old < 0 ? [] : phraseGroupSeconds[Int(old)])
                    phraseGroupUsers.append(Int32(members.count))
                    if old >= 0 { phraseGroupUsers[Int(old)] -= Int32(members.count) }
                    for id in members { slots[Int(id)].phraseGroup = Int32(group) }
                }
                insert(phrase, intoGroup: group)
            }
        }
        return entry
    }

    /// Files a phrase in a group: in matching order (longest first, then by entry key), found by binary search,
    /// and its second word's slots in the group's sorted list of second words (one merge of the two sorted lists,
    /// rather than an insertion per slot).
    private mutating func insert(_ phrase: Phrase, intoGroup group: Int) {
        let keys = entryKeys
        func precedes(_ a: Phrase, _ b: Phrase) -> Bool {
            (a.words.count, keys[b.entry]) > (b.words.count, keys[a.entry])
        }
        var index = 0, end = phraseGroups[group].count
        while index < end {
            let mid = (index + end) / 2
            if precedes(phrase, phraseGroups[group][mid]) { end = mid } else { index = mid + 1 }
        }
        phraseGroups[group].insert(phrase, at: index)
        phraseGroupSeconds[group] = Self.sortedUnion(phraseGroupSeconds[group], phrase.words[1])
    }

    /// The values of two sorted lists without repeats (as slot lists are), sorted, each once.
    static func sortedUnion(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        return [Int32](unsafeUninitializedCapacity: a.count + b.count) { out, count in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    var i = 0, j = 0, k = 0
                    while i < a.count, j < b.count {
                        let x = a[i], y = b[j]
                        out[k] = min(x, y)
                        if x <= y { i += 1 }
                        if y <= x { j += 1 }
                        k += 1
                    }
                    while i < a.count { out[k] = a[i]; i += 1; k += 1 }
                    while j < b.count { out[k] = b[j]; j += 1; k += 1 }
                    count = k
                }
            }
        }
    }

    /// Room for about `count` more terms in the tables (a lexicon file's rows), so they grow once.
    mutating func reserveCapacity(terms count: Int) {
        entryIndex.reserveCapacity(entryIndex.count + count)
        forms.reserveCapacity(forms.count + count * 24)
    }

    /// The slot of a surface form, created empty if new.
    private mutating func slot(_ form: String) -> Int32 {
        var form = form
        return form.withUTF8 { slot($0) }
    }

    private mutating func slot(_ form: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (id, inserted) = forms.insert(utf8: form)
        if inserted {
            slots.append(Slot())
            slotTerms.append(-1)
        }
        return Int32(id)
    }

    /// The single-word term spelt `form`, if any.
    private func term(_ form: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let id = forms[utf8: form], slotTerms[id] >= 0 else { return nil }
        return slotTerms[id]
    }

    /// `appendSpellings` on an ASCII form's bytes: for one ending in "nt" (3+ bytes), `body` gets the "n't"
    /// spelling (made in `scratch`).
    private static func withContraction(of form: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
                                        _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let n = form.count
        guard n >= 3, form[n - 1] == UInt8(ascii: "t"), form[n - 2] == UInt8(ascii: "n") else { return }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: form[..<(n - 2)])
        scratch.append(contentsOf: "n't".utf8)
        scratch.withUnsafeBufferPointer(body)
    }

    /// The token keys a phrase word matches: the word, the base forms it may be an inflection of, and every
    /// inflected form of those ("letting" ↔ "let" ↔ "lets"). A key may be listed more than once (the caller maps
    /// them to sorted slot numbers and drops repeats there, cheaper than hashing every form into a set).
    static func surfaceForms(of word: String) -> [String] {
        var forms: [String] = []
        forEachSurfaceForm(of: word) { forms.append(String(decoding: $0, as: UTF8.self)) }
        return forms
    }

    /// `surfaceForms(of:)` as bytes, in the same order, with no `String` per inflected form (valid during the call).
    static func forEachSurfaceForm(of word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for lemma in [word] + Inflection.candidates(of: word) { forEachForm(ofLemma: lemma, body) }
    }

    /// The lemma's spellings, then each of its inflected forms and that form's "n't" spelling.
    static func forEachForm(ofLemma lemma: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var scratch: [UInt8] = []
        for spelling in spellings(of: lemma) {
            var spelling = spelling
            spelling.withUTF8(body)
        }
        var lemma = lemma
        lemma.withUTF8 { lemma in
            Inflection.forEachInflection(of: lemma, listingCandidates: false) { form, _ in
                body(form)
                withContraction(of: form, scratch: &scratch, body)
            }
        }
    }

    /// The slots of `forEachForm(ofLemma:)`, in that order, memoised while loading: phrase words share lemmas
    /// ("feel", "feeling" and "felt" all lead to "feel"), and each lemma's forms are made once.
    private mutating func lemmaSlots(_ lemma: String) -> [Int32] {
        if let known = phraseLemmaSlots[lemma] { return known }
        var ids: [Int32] = []
        ids.reserveCapacity(48)
        Self.forEachForm(ofLemma: lemma) { ids.append(slot($0)) }
        phraseLemmaSlots[lemma] = ids
        return ids
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

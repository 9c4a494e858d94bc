/// Lemma-based inflection for the emotion lexicon (the second strategy of `Inflection`, beside `stem`): the lexicon
/// lists lemmas ("annoy", "disappoint", "worry"), and a text token may be an inflection of one of them.
///
/// `candidates(of:)` strips one inflectional ending and returns the possible base forms, most likely first. The
/// rules, in order (a candidate must keep at least `minimumStem` letters):
///
/// | ending | candidates | example |
/// |---|---|---|
/// | `'s` | drop it | company's → company |
/// | `-ies` | `-y`, `-ie` | worries → worry, ties → tie |
/// | `-es` | drop `-s`, drop `-es` | hopes → hope, crashes → crash |
/// | `-s` (not `-ss`, `-us`, `-is`) | drop it | annoys → annoy |
/// | `-ied` | `-y` | worried → worry, terrified → terrify |
/// | `-ed` | drop it, `+e`, undouble | annoyed → annoy, frustrated → frustrate, scammed → scam |
/// | `-ying` | `-ie` | lying → lie |
/// | `-ing` | drop it, `+e`, undouble | annoying → annoy, confusing → confuse, upsetting → upset |
/// | `-ily` | `-y` | angrily → angry, happily → happy |
/// | `-ly` | drop it, `-le`, `-ally` → drop `-ally`; then the `-ed`/`-ing` rules on what is left | sadly → sad, terribly → terrible, frustratingly → frustrate |
/// | `-iest`, `-ier` | `-y` | happiest → happy, angrier → angry |
/// | `-est`, `-er` | drop it, `+e`, undouble | rudest → rude, sadder → sad |
///
/// The rules over-generate ("need" → "ne"); that is harmless because a candidate only counts when it is a lexicon
/// term, and the lexicon tries the token's exact form first, so a listed form ("pleased", "amazing") always wins over
/// its stem ("please", "amaze"). Only ASCII words are handled; other words match exactly.
extension Inflection {
    /// Shortest base form a rule may produce: shorter stems are mostly noise ("bed" → "b").
    static let minimumStem = 3

    /// Possible base forms of a lower-case word, most likely first; empty when no rule applies.
    static func candidates(of word: String) -> [String] {
        var word = word
        return word.withUTF8 { w in
            guard let last = w.last, isEnding(last), w.allSatisfy({ $0 < 0x80 }) else { return [] }
            var found = Candidates()
            found.collect(w, length: w.count, deep: true)
            return found.strings(w)
        }
    }

    /// The inflected forms of a lemma: every word `w` with `candidates(of: w).contains(lemma)` that the rules can
    /// produce (the rules run forwards, then each form is checked backwards, so the two always agree). The lexicon
    /// builds its lookup table from these, so that matching needs no suffix stripping per token.
    static func inflectedForms(of lemma: String) -> [String] {
        inflections(of: lemma, withCandidates: false).map(\.form)
    }

    /// `inflectedForms(of:)` with each form's `candidates(of:)`, worked out once for both (the lexicon resolves
    /// every form to its first candidate that is a term).
    ///
    /// On bytes, as the lexicon calls it for every term at start-up: each form is built in one buffer and checked
    /// there; only the forms that lead back to the lemma become `String`s. Forms, in this order (a form made twice,
    /// such as "hope"+"d" and "hop"+"ed", counts once): the lemma plus each of `lemmaSuffixes`; for a final `-e`, the
    /// lemma without it plus `eSuffixes`; for a final `-y`, without it plus `ySuffixes`; for `-ie`, without it plus
    /// "ying"; for a final consonant, the lemma with it doubled plus `doubledSuffixes`; then each of those plus "ly".
    static func inflections(of lemma: String) -> [(form: String, candidates: [String])] {
        inflections(of: lemma, withCandidates: true)
    }

    /// `inflections(of:)`, with empty candidate lists unless `withCandidates`.
    private static func inflections(of lemma: String, withCandidates: Bool) -> [(form: String, candidates: [String])] {
        var lemma = lemma
        var result: [(form: String, candidates: [String])] = []
        lemma.withUTF8 { l in
            forEachInflection(of: l, listingCandidates: withCandidates) { form, candidates in
                result.append((String(decoding: form, as: UTF8.self), withCandidates ? candidates.strings(form) : []))
            }
        }
        return result
    }

    /// `inflections(of:)` on bytes, with no `String` made: `body` gets each form (in the same order) and its
    /// candidates, valid only during the call. The emotion lexicon files its forms this way at start-up.
    ///
    /// Without `listingCandidates`, `body` gets an empty list: each form is still checked to lead back to the
    /// lemma, but by comparing each candidate with the lemma as the rules make it (`Candidates.sought`), with no
    /// list built. The lexicon's phrase words need only the forms, and this check is most of their cost.
    static func forEachInflection(of l: UnsafeBufferPointer<UInt8>, listingCandidates: Bool = true,
                                  _ body: (UnsafeBufferPointer<UInt8>, Candidates) -> Void) {
        let n = l.count
        guard n >= minimumStem, let last = l.last, l.allSatisfy({ $0 < 0x80 }),
              (0x61...0x7A).contains(last) || (0x41...0x5A).contains(last) else { return }
        // Room for every form: at most 2 × 27 (each suffix list's forms, then each again with "ly"), each at most
        // the lemma, a doubled letter, a 4-letter suffix and "ly".
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 * (n + 8)) { storage in
            var forms = FormList(lemma: l, storage: storage.baseAddress!)
            for suffix in lemmaSuffixes { forms.add(stem: n, suffix) }
            if last == UInt8(ascii: "e") { for suffix in eSuffixes { forms.add(stem: n - 1, suffix) } }
            if last == UInt8(ascii: "y") { for suffix in ySuffixes { forms.add(stem: n - 1, suffix) } }
            if n >= 2, last == UInt8(ascii: "e"), l[n - 2] == UInt8(ascii: "i") { forms.add(stem: n - 2, "ying") }
            if !isVowel(last) { for suffix in doubledSuffixes { forms.add(stem: n, suffix, doubling: true) } }
            forms.addLyForms()

            var found = Candidates()
            if !listingCandidates { found.sought = l }
            let all = UnsafeBufferPointer(start: forms.bytes, count: forms.count)
            for index in forms.starts.indices {
                let start = forms.starts[index], end = index + 1 < forms.starts.count ? forms.starts[index + 1] : all.count
                let form = UnsafeBufferPointer(rebasing: all[start..<end])
                guard let final = form.last, isEnding(final) else { continue }
                found.removeAll()
                found.collect(form, length: form.count, deep: true)
                guard listingCandidates ? found.contains(l, in: form) : found.soughtFound else { continue }
                body(form, found)
            }
        }
    }

    static let lemmaSuffixes: [StaticString] = ["s", "es", "'s", "ed", "d", "ing", "ly", "ally", "er", "r", "est", "st"]
    static let eSuffixes: [StaticString] = ["ing", "ed", "er", "est", "y"]
    static let ySuffixes: [StaticString] = ["ies", "ied", "ily", "ier", "iest"]
    static let doubledSuffixes: [StaticString] = ["ed", "ing", "er", "est"]

    /// Last letters that can end an inflection ('s', 'd', 'g', 'y', 'r', 't').
    @inline(__always) private static func isEnding(_ c: UInt8) -> Bool {
        c == 0x73 || c == 0x64 || c == 0x67 || c == 0x79 || c == 0x72 || c == 0x74
    }

    /// Generated forms in one byte buffer, each counted once, in the order first made.
    private struct FormList {
        let lemma: UnsafeBufferPointer<UInt8>
        /// The forms' bytes, one after another (`count` of them), in storage the caller sized for every form.
        let bytes: UnsafeMutablePointer<UInt8>
        var count = 0
        var starts: [Int] = []
        /// Per form: its length and last (up to) seven bytes, compared before the bytes themselves.
        var fingerprints: [UInt64] = []
        /// How each kept form was made, to make it again with "ly".
        var recipes: [(stem: Int, suffix: StaticString, doubling: Bool)] = []
        /// One bit (of `filterBits`) per kept form's fingerprint, hashed: a form whose bit is clear is new without
        /// scanning `fingerprints` (most forms are new; a lemma makes at most about 54).
        var filter: (low: UInt64, high: UInt64) = (0, 0)
        /// Size of `filter` in bits, and the multiplier (Fibonacci hashing) that spreads fingerprints over them.
        static let filterBits = 128
        static let filterMultiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

        init(lemma: UnsafeBufferPointer<UInt8>, storage: UnsafeMutablePointer<UInt8>) {
            self.lemma = lemma
            bytes = storage
            starts.reserveCapacity(64)
            fingerprints.reserveCapacity(64)
            recipes.reserveCapacity(32)
        }

        /// Appends lemma[..<stem] (+ its last letter again when doubling) + suffix (+ "ly"), unless already listed.
        mutating func add(stem: Int, _ suffix: StaticString, doubling: Bool = false, ly: Bool = false) {
            let start = count
            (bytes + count).update(from: lemma.baseAddress!, count: stem)
            count += stem
            if doubling { bytes[count] = lemma[stem - 1]; count += 1 }
            let tail = suffix.utf8CodeUnitCount
            (bytes + count).update(from: suffix.utf8Start, count: tail)
            count += tail
            if ly { bytes[count] = UInt8(ascii: "l"); bytes[count + 1] = UInt8(ascii: "y"); count += 2 }
            if keepIfNew(from: start), !ly { recipes.append((stem, suffix, doubling)) }
        }

        /// Appends every form listed so far plus "ly".
        mutating func addLyForms() {
            for recipe in recipes { add(stem: recipe.stem, recipe.suffix, doubling: recipe.doubling, ly: true) }
        }

        /// Keeps the bytes from `start` as a new form, or drops them when an earlier form is the same. Forms share
        /// the lemma's letters at the front, so they are compared from the end.
        private mutating func keepIfNew(from start: Int) -> Bool {
            let length = count - start
            var fingerprint = UInt64(length)
            for k in max(start, count - 7)..<count { fingerprint = fingerprint << 8 | UInt64(bytes[k]) }
            let bit = (fingerprint &* Self.filterMultiplier) >> UInt64(64 - Self.filterBits.trailingZeroBitCount)
            let mask: UInt64 = 1 << (bit & 63)
            let seen = bit < 64 ? filter.low & mask != 0 : filter.high & mask != 0
            if seen {
                for index in starts.indices where fingerprints[index] == fingerprint {
                    let s = starts[index], end = index + 1 < starts.count ? starts[index + 1] : start
                    guard end - s == length else { continue }
                    var k = length - 1
                    while k >= 0, bytes[s + k] == bytes[start + k] { k -= 1 }
                    if k < 0 { count = start; return false }
                }
            } else if bit < 64 {
                filter.low |= mask
            } else {
                filter.high |= mask
            }
            starts.append(start)
            fingerprints.append(fingerprint)
            return true
        }
    }

    /// The base forms of one word, each a prefix of the word plus a short tail, most likely first, without repeats.
    /// `collect` applies the rules in the table above to the word's first `length` bytes; the `-ly` rule applies
    /// them once more to what is left, which is again a prefix, so every candidate is a prefix of the word.
    struct Candidates {
        /// Tails a rule may add to a prefix.
        enum Tail: UInt8 { case none, e, y, ie }
        var items: [(length: Int, tail: Tail)] = []
        /// When set, `collect` lists nothing and only records in `soughtFound` whether a rule makes this word
        /// (`contains` on the full list would say the same: repeats and order do not change whether it is there).
        var sought: UnsafeBufferPointer<UInt8>?
        var soughtFound = false

        init() { items.reserveCapacity(16) }

        /// Empties the list, keeping its storage. (`removeAll(keepingCapacity:)` goes through the generic
        /// `replaceSubrange`, about 80 instructions per call here, for the two or three items a word has.)
        mutating func removeAll() {
            while !items.isEmpty { items.removeLast() }
            soughtFound = false
        }

        static func tailCount(_ tail: Tail) -> Int {
            switch tail { case .none: 0; case .e, .y: 1; case .ie: 2 }
        }

        static func tailByte(_ tail: Tail, _ k: Int) -> UInt8 {
            switch tail {
            case .none: 0
            case .e: UInt8(ascii: "e")
            case .y: UInt8(ascii: "y")
            case .ie: k == 0 ? UInt8(ascii: "i") : UInt8(ascii: "e")
            }
        }

        /// Byte `i` of a candidate.
        @inline(__always) static func byte(_ w: UnsafeBufferPointer<UInt8>, _ length: Int, _ tail: Tail, _ i: Int) -> UInt8 {
            i < length ? w[i] : tailByte(tail, i - length)
        }

        /// Whether two candidates spell the same word. Both are prefixes of `w` plus a tail, so their first
        /// min(a.length, b.length) bytes agree and only the rest is compared.
        static func same(_ w: UnsafeBufferPointer<UInt8>, _ a: (length: Int, tail: Tail), _ b: (length: Int, tail: Tail)) -> Bool {
            let count = a.length + tailCount(a.tail)
            guard count == b.length + tailCount(b.tail) else { return false }
            var i = min(a.length, b.length)
            while i < count {
                if byte(w, a.length, a.tail, i) != byte(w, b.length, b.tail, i) { return false }
                i += 1
            }
            return true
        }

        /// Whether one of the candidates is `word`.
        func contains(_ word: UnsafeBufferPointer<UInt8>, in w: UnsafeBufferPointer<UInt8>) -> Bool {
            items.contains { Self.spells(w, $0, word) }
        }

        /// Whether a candidate (a prefix of `w` plus a tail) is `word`.
        @inline(__always)
        static func spells(_ w: UnsafeBufferPointer<UInt8>, _ item: (length: Int, tail: Tail),
                           _ word: UnsafeBufferPointer<UInt8>) -> Bool {
            guard item.length + tailCount(item.tail) == word.count else { return false }
            for i in 0..<word.count where byte(w, item.length, item.tail, i) != word[i] { return false }
            return true
        }

        /// Longest tail a rule adds (`ie`).
        static let longestTail = 2

        /// Each candidate's bytes in turn (valid during the call) until `body` returns false. The word is copied
        /// once into a stack buffer; each candidate is its prefix there with the tail written over the next bytes,
        /// which are put back afterwards.
        func forEach(in w: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
            guard !items.isEmpty, let source = w.baseAddress else { return }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: w.count + Self.longestTail) { buffer in
                let bytes = buffer.baseAddress!
                bytes.update(from: source, count: w.count)
                for item in items {
                    let tail = Self.tailCount(item.tail)
                    for k in 0..<tail { bytes[item.length + k] = Self.tailByte(item.tail, k) }
                    let more = body(UnsafeBufferPointer(start: bytes, count: item.length + tail))
                    for k in 0..<tail where item.length + k < w.count { bytes[item.length + k] = w[item.length + k] }
                    if !more { return }
                }
            }
        }

        func strings(_ w: UnsafeBufferPointer<UInt8>) -> [String] {
            items.map { item in
                let count = item.length + Self.tailCount(item.tail)
                return String(unsafeUninitializedCapacity: count) { out in
                    for i in 0..<count { out[i] = Self.byte(w, item.length, item.tail, i) }
                    return count
                }
            }
        }

        /// Adds w[..<length] + tail unless it is too short, is the word being stripped (w[..<word]) or is listed.
        private mutating func add(_ w: UnsafeBufferPointer<UInt8>, word: Int, _ length: Int, _ tail: Tail = .none) {
            let candidate = (length: length, tail: tail)
            guard length + Self.tailCount(tail) >= Inflection.minimumStem,
                  !Self.same(w, candidate, (word, .none)) else { return }
            if let sought {
                if !soughtFound, Self.spells(w, candidate, sought) { soughtFound = true }
                return
            }
            guard !items.contains(where: { Self.same(w, $0, candidate) }) else { return }
            items.append(candidate)
        }

        /// The rules on w[..<n] (see the table in the extension's documentation).
        mutating func collect(_ w: UnsafeBufferPointer<UInt8>, length n: Int, deep: Bool) {
            func hasSuffix(_ suffix: StaticString) -> Bool {
                let k = suffix.utf8CodeUnitCount
                guard k <= n else { return false }
                let p = suffix.utf8Start
                for i in 0..<k where w[n - k + i] != p[i] { return false }
                return true
            }
            func strip(_ k: Int) -> Int { n - min(k, n) }
            func isDoubled(_ m: Int) -> Bool {
                guard m >= 2 else { return false }
                let last = w[m - 1]
                return last == w[m - 2] && !Inflection.isVowel(last) && (0x61...0x7A).contains(last)
            }
            func addVerbStem(_ m: Int) {
                add(w, word: n, m)
                add(w, word: n, m, .e)
                if isDoubled(m) { add(w, word: n, m - 1) }
            }

            // Every ending of a rule group ends in the same letter, so the last byte picks the one group that may
            // apply (the groups in the table's order, each group's rules in order).
            switch n > 0 ? w[n - 1] : 0 {
            case UInt8(ascii: "s"):
                if hasSuffix("'s") { add(w, word: n, strip(2)) }
                if hasSuffix("ies") {
                    add(w, word: n, strip(3), .y); add(w, word: n, strip(1))
                } else if hasSuffix("es") {
                    add(w, word: n, strip(1)); add(w, word: n, strip(2))
                } else if !hasSuffix("ss"), !hasSuffix("us"), !hasSuffix("is") {
                    add(w, word: n, strip(1))
                }
            case UInt8(ascii: "d"):
                if hasSuffix("ied") {
                    add(w, word: n, strip(3), .y)
                } else if hasSuffix("ed") {
                    addVerbStem(strip(2))
                }
            case UInt8(ascii: "g"):
                if hasSuffix("ying") { add(w, word: n, strip(4), .ie) }
                if hasSuffix("ing") { addVerbStem(strip(3)) }
            case UInt8(ascii: "y"):
                if hasSuffix("ily") { add(w, word: n, strip(3), .y) }
                if hasSuffix("ly") {
                    let stem = strip(2)
                    add(w, word: n, stem)
                    add(w, word: n, strip(1), .e)
                    if hasSuffix("ally") { add(w, word: n, strip(4)) }
                    if deep { collect(w, length: stem, deep: false) }
                }
            case UInt8(ascii: "t"):
                if hasSuffix("iest") {
                    add(w, word: n, strip(4), .y)
                } else if hasSuffix("est") {
                    addVerbStem(strip(3))
                }
            case UInt8(ascii: "r"):
                if hasSuffix("ier") {
                    add(w, word: n, strip(3), .y)
                } else if hasSuffix("er") {
                    addVerbStem(strip(2))
                }
            default:
                break
            }
        }
    }
}

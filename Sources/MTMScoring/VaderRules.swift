/// VADER's per-word rules (`sentiment_valence`, `_negation_check`, `_special_idioms_check`, `_least_check`,
/// `_but_check`), over a list of items. The `vader` model runs them with every 3.3.2 quirk; the `mtm` model
/// switches the documented fixes on through `Options`.
public struct VaderRules: Sendable {
    public struct Options: Sendable, Hashable {
        /// VADER applies "but" weighting from the FIRST "but" and finds each word by *value* (`list.index`), so
        /// equal valences before and after it are weighted wrongly. `false`: the last contrastive word, by position.
        public var butQuirk = true
        /// Contrastive words whose later half dominates.
        public var contrastives: Set<String> = ["but"]
        /// VADER's `A and B or C` precedence slip: any "so"/"this" right before a word multiplies it by 1.25 (and
        /// cancels a negation three words back). `false`: only "never so/this" does.
        public var soThisQuirk = true
        /// Scalar for a negated NEGATIVE word. VADER uses −0.74 for both signs, so "not the worst" reads as strongly
        /// positive; `mtm` uses a weaker flip (see `SentimentModel.mtm`).
        public var negatedNegativeScalar = VaderConstants.negationScalar
        /// Scalar for a negated POSITIVE word.
        public var negatedPositiveScalar = VaderConstants.negationScalar

        public init() {}
    }

    public var options: Options {
        didSet { (contrastiveWords, contrastiveMask) = Self.contrastiveForms(options.contrastives) }
    }
    /// `options.contrastives` as a list: compared with every item of a sentence, which a two-word list does
    /// faster than a set.
    private var contrastiveWords: [String]
    /// The contrastive words as a bit per `RuleWord` code when every one is a rule word (the defaults): an item is
    /// tested with a shift instead of string compares. nil when some word is not.
    private var contrastiveMask: UInt32?

    public init(options: Options = Options()) {
        self.options = options
        (contrastiveWords, contrastiveMask) = Self.contrastiveForms(options.contrastives)
    }

    private static func contrastiveForms(_ words: Set<String>) -> ([String], UInt32?) {
        var mask: UInt32 = 0
        for word in words {
            let code = RuleWord(word)
            guard code != .other else { return (Array(words), nil) }
            mask |= 1 << UInt32(code.rawValue)
        }
        return (Array(words), mask)
    }

    /// What happened to one item: its final valence and the rules that changed it (only filled when asked).
    public struct Trace: Sendable, Hashable {
        public var base: Double?
        public var valence: Double
        public var rules: [String]
    }

    /// The valence of every item after the rules; `traces` is filled when non-nil.
    public func sentiments(_ items: [SentimentItem], capDifferential: Bool) -> [Double] {
        var traces: [Trace] = []
        return sentiments(items, capDifferential: capDifferential, explaining: false, traces: &traces)
    }

    /// `sentiments(_:capDifferential:)` handed to `body` in a temporary (stack, when small) buffer: the scoring
    /// path reads the valences once, and an array cost an unspecialised allocation and a free per sentence (about
    /// 650 instructions).
    func withSentiments<R>(_ items: [SentimentItem], capDifferential: Bool,
                           _ body: (UnsafeBufferPointer<Double>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: items.count) { buffer in
            buffer.initialize(repeating: 0)
            var traces: [Trace] = []
            fill(buffer, items, capDifferential: capDifferential, explaining: false, traces: &traces)
            return body(UnsafeBufferPointer(buffer))
        }
    }

    /// The valences with what happened to each item.
    public func explain(_ items: [SentimentItem], capDifferential: Bool) -> (sentiments: [Double], traces: [Trace]) {
        var traces: [Trace] = []
        let values = sentiments(items, capDifferential: capDifferential, explaining: true, traces: &traces)
        return (values, traces)
    }

    private func sentiments(_ items: [SentimentItem], capDifferential: Bool, explaining: Bool,
                            traces: inout [Trace]) -> [Double] {
        var sentiments = [Double](repeating: 0, count: items.count)
        sentiments.withUnsafeMutableBufferPointer {
            fill($0, items, capDifferential: capDifferential, explaining: explaining, traces: &traces)
        }
        return sentiments
    }

    /// The rules' valence of every item into `sentiments` (one slot per item, zeroed).
    private func fill(_ sentiments: UnsafeMutableBufferPointer<Double>, _ items: [SentimentItem],
                      capDifferential: Bool, explaining: Bool, traces: inout [Trace]) {
        let n = items.count
        var notes: [String] = []
        for i in 0..<n {
            // Fields are read in place (`items[i].…`): a local copy of the item retained and released its string.
            if explaining { notes.removeAll(keepingCapacity: true) }
            var value = 0.0
            if let own = items[i].intensifierValence {
                if explaining {
                    notes.append("intensifier before '\(items[i + 1].lower)': booster, not its own valence \(Self.short(own))")
                }
            } else if items[i].booster != nil {
                if explaining { notes.append("booster/dampener (no valence of its own)") }
            } else if i < n - 1, items[i].ruleWord == .kind, items[i + 1].ruleWord == .of {
                if explaining { notes.append("'kind of' dampener") }
            } else if let base = items[i].valence {
                value = valence(at: i, base: base, items, capDifferential: capDifferential,
                                explaining: explaining, notes: &notes)
            }
            sentiments[i] = value
            if explaining {
                traces.append(Trace(base: items[i].valence ?? items[i].intensifierValence, valence: value, rules: notes))
            }
        }
        applyContrast(items, sentiments, explaining: explaining, traces: &traces)
    }

    private func negate(_ value: Double) -> Double {
        value * (value < 0 ? options.negatedNegativeScalar : options.negatedPositiveScalar)
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private func valence(at i: Int, base: Double, _ items: [SentimentItem], capDifferential: Bool,
                         explaining: Bool, notes: inout [String]) -> Double {
        let n = items.count
        var v = base
        var collected: [String] = []
        defer { if explaining { notes = collected } }
        func note(_ s: @autoclosure () -> String) { if explaining { collected.append(s()) } }
        if items[i].likeComparison { note("'like' compares here (not the verb): comparison valence") }
        if items[i].ruleWord == .no, i != n - 1, items[i + 1].valence != nil {
            v = 0
            note("'no' before a lexicon word: negates it instead")
        }
        if (i > 0 && items[i - 1].ruleWord == .no) || (i > 1 && items[i - 2].ruleWord == .no)
            || (i > 2 && items[i - 3].ruleWord == .no && (items[i - 1].ruleWord == .or || items[i - 1].ruleWord == .nor)) {
            v = negate(base)
            note("negated by 'no' ×\(base < 0 ? options.negatedNegativeScalar : options.negatedPositiveScalar)")
        }
        if items[i].isUpper && capDifferential {
            v += v > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
            note("ALL CAPS ±\(VaderConstants.capsIncrement)")
        }
        for startI in 0..<3 where i > startI {
            let j = i - (startI + 1)
            guard items[j].valence == nil else { continue }
            var s = scalar(items[j], valence: v, capDifferential: capDifferential)
            if s != 0 {
                s *= VaderConstants.boosterDecay[startI]
                note("'\(items[j].lower)' \(s > 0 ? "+" : "")\(Self.short(s)) (booster, \(startI + 1) back)")
            }
            v += s
            v = negationCheck(v, items, startI: startI, i: i, note: note)
            if startI == 2 { v = idiomsCheck(v, items, i: i, note: note) }
        }
        // _least_check
        if i > 1, items[i - 1].valence == nil, items[i - 1].ruleWord == .least {
            if items[i - 2].ruleWord != .at && items[i - 2].ruleWord != .very {
                v = negate(v)
                note("'least' negates")
            }
        } else if i > 0, items[i - 1].valence == nil, items[i - 1].ruleWord == .least {
            v = negate(v)
            note("'least' negates")
        }
        return v
    }

    /// `scalar_inc_dec`.
    @inline(__always)
    private func scalar(_ item: SentimentItem, valence: Double, capDifferential: Bool) -> Double {
        guard var s = item.booster else { return 0 }
        if valence < 0 { s = -s }
        if item.isUpper && capDifferential {
            s += valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        return s
    }

    private func negationCheck(_ value: Double, _ items: [SentimentItem], startI: Int, i: Int,
                               note: (@autoclosure () -> String) -> Void) -> Double {
        var v = value
        switch startI {
        case 0:
            if items[i - 1].isNegation { v = negate(v); note("negated by '\(items[i - 1].lower)'") }
        case 1:
            if items[i - 2].ruleWord == .never && (items[i - 1].ruleWord == .so || items[i - 1].ruleWord == .this) {
                v *= VaderConstants.neverSoScalar; note("'never so/this' ×1.25")
            } else if items[i - 2].ruleWord == .without && items[i - 1].ruleWord == .doubt {
                note("'without doubt' is not a negation")
            } else if items[i - 2].isNegation {
                v = negate(v); note("negated by '\(items[i - 2].lower)' (2 back)")
            }
        default:
            let neverSo = items[i - 3].ruleWord == .never
                && (items[i - 2].ruleWord == .so || items[i - 2].ruleWord == .this)
            let soBefore = items[i - 1].ruleWord == .so || items[i - 1].ruleWord == .this
            if neverSo || (options.soThisQuirk && soBefore) {
                v *= VaderConstants.neverSoScalar; note("'never so/this' ×1.25")
            } else if items[i - 3].ruleWord == .without
                        && (items[i - 2].ruleWord == .doubt || items[i - 1].ruleWord == .doubt) {
                note("'without doubt' is not a negation")
            } else if items[i - 3].isNegation {
                v = negate(v); note("negated by '\(items[i - 3].lower)' (3 back)")
            }
        }
        return v
    }

    private func idiomsCheck(_ value: Double, _ items: [SentimentItem], i: Int,
                             note: (@autoclosure () -> String) -> Void) -> Double {
        var v = value
        // Every sequence below is built from items i-3…i+2; none can match unless one of them is an idiom word.
        // An index loop: `contains(where:)` on a slice of the items retained the array and called a closure.
        var near = false
        for j in max(0, i - 3)..<min(items.count, i + 3) where items[j].idiomWord { near = true; break }
        guard near else { return v }
        // The sequences are compared word by word with the keys (`spells`): no string is built per check.
        // A sequence can only spell a key when each of its items is a word of some key or a merged phrase
        // (whose form holds a space): most sequences fail this without a comparison.
        func mayMatch(_ a: Int, _ b: Int, _ c: Int) -> Bool {
            Self.mayBeKeyPart(items[a]) && Self.mayBeKeyPart(items[b]) && (c < 0 || Self.mayBeKeyPart(items[c]))
        }
        func idiom(_ a: Int, _ b: Int, _ c: Int = -1) -> (key: String, value: Double)? {
            guard mayMatch(a, b, c) else { return nil }
            return Self.idioms.first { Self.spells(items, a, b, c, $0.key) }
        }
        if let (key, special) = idiom(i - 1, i) ?? idiom(i - 2, i - 1, i) ?? idiom(i - 2, i - 1) ?? idiom(i - 3, i - 2, i - 1)
            ?? idiom(i - 3, i - 2) {
            v = special; note("idiom '\(key)' = \(special)")
        }
        if items.count - 1 > i, let (key, special) = idiom(i, i + 1) {
            v = special; note("idiom '\(key)' = \(special)")
        }
        if items.count - 1 > i + 1, let (key, special) = idiom(i, i + 1, i + 2) {
            v = special; note("idiom '\(key)' = \(special)")
        }
        for (a, b, c) in [(i - 3, i - 2, i - 1), (i - 3, i - 2, -1), (i - 2, i - 1, -1)] where mayMatch(a, b, c) {
            if let (key, boost) = Self.boosterNGrams.first(where: { Self.spells(items, a, b, c, $0.key) }) {
                v += boost; note("'\(key)' \(boost)")
            }
        }
        return v
    }

    /// VADER's special cases and its multi-word boosters, as lists (a handful each; keys are unique).
    static let idioms: [(key: String, value: Double)] = VaderConstants.specialCases.sorted { $0.key < $1.key }
        .map { ($0.key, $0.value) }
    static let boosterNGrams: [(key: String, value: Double)] = VaderConstants.boosters.filter { $0.key.contains(" ") }
        .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

    /// Whether an item can be part of a sequence that spells a key of `idioms` or `boosterNGrams`: a word of one
    /// (`idiomWord`), or an item whose form has a space (a merged phrase), which may cover several of a key's words.
    @inline(__always)
    static func mayBeKeyPart(_ item: SentimentItem) -> Bool {
        item.idiomWord || item.hasSpace
    }

    /// Whether the `lower` forms of items a, b (and c unless −1), joined by single spaces, spell `key` — the same test
    /// as building the joined string and comparing, byte for byte.
    static func spells(_ items: [SentimentItem], _ a: Int, _ b: Int, _ c: Int, _ key: String) -> Bool {
        var k = key.utf8.makeIterator()
        for byte in items[a].lower.utf8 { guard k.next() == byte else { return false } }
        guard k.next() == UInt8(ascii: " ") else { return false }
        for byte in items[b].lower.utf8 { guard k.next() == byte else { return false } }
        if c >= 0 {
            guard k.next() == UInt8(ascii: " ") else { return false }
            for byte in items[c].lower.utf8 { guard k.next() == byte else { return false } }
        }
        return k.next() == nil
    }

    /// `_but_check`.
    private func applyContrast(_ items: [SentimentItem], _ sentiments: UnsafeMutableBufferPointer<Double>,
                               explaining: Bool,
                               traces: inout [Trace]) {
        if options.butQuirk {
            guard let bi = items.firstIndex(where: { $0.ruleWord == .but }) else { return }
            for position in sentiments.indices {
                let sentiment = sentiments[position]
                // Python's list.index: the first equal value, not this position.
                let si = sentiments.firstIndex(of: sentiment)!
                if si < bi {
                    sentiments[si] = sentiment * VaderConstants.butBefore
                } else if si > bi {
                    sentiments[si] = sentiment * VaderConstants.butAfter
                }
            }
        } else {
            // Compared with each contrastive word (one or two) rather than hashed once per item.
            var last: Int?
            if let mask = contrastiveMask {
                for j in items.indices.reversed() where mask & 1 << UInt32(items[j].ruleWord.rawValue) != 0 {
                    last = j
                    break
                }
            } else {
                let contrastives = contrastiveWords
                last = items.lastIndex { contrastives.contains($0.lower) }
            }
            guard let bi = last else { return }
            for position in sentiments.indices where position != bi {
                sentiments[position] *= position < bi ? VaderConstants.butBefore : VaderConstants.butAfter
            }
        }
        if explaining {
            for position in sentiments.indices where traces[position].valence != sentiments[position] {
                let factor = Self.short(sentiments[position] / traces[position].valence)
                traces[position].rules.append("contrastive conjunction ×\(factor)")
                traces[position].valence = sentiments[position]
            }
        }
    }

    static func short(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        return String(r)
    }
}

import MTMText

/// A compiled multi-pattern matcher over normalised tokens: a token trie whose edges are word ids (stems from
/// `Inflection.stem`) plus prefix edges for `refund*` patterns.
///
/// One left-to-right pass: at each token the trie is walked as far as the text allows (at most the longest phrase's
/// length), so the cost is linear in the text and independent of how many phrases the taxonomy has (one hash lookup
/// per token and trie step). Rules, each unit-tested:
/// - case, apostrophes and inflections are ignored (the text stage case-folds; `Inflection` stems both sides);
/// - the longest phrase starting at a token wins, and matched tokens are not matched again;
/// - compounds match in every spelling: "check in", "check-in", "checkin", "#checkin", "#CheckIn" (a hyphen, slash or
///   `&` between two words without spaces joins them; a multi-word phrase also matches its closed form; two adjacent
///   words also match a one-word phrase equal to their concatenation, "wi fi" → "wifi");
/// - other punctuation ends a phrase ("delivery, fast" does not match "delivery fast");
/// - an `exclude` phrase vetoes the matches of its touchpoint that overlap it ("lumbar support" for `support`).
public struct PhraseMatcher: Sendable {
    /// What a compiled phrase stands for.
    public struct Entry: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case phrase, exclude }
        /// Index of the touchpoint (or any caller-defined target).
        public var target: Int
        public var kind: Kind
        /// The phrase is one of the target's promise phrases.
        public var promise: Bool
        /// The phrase as written in the taxonomy.
        public var phrase: String

        public init(target: Int, kind: Kind, promise: Bool = false, phrase: String) {
            self.target = target
            self.kind = kind
            self.promise = promise
            self.phrase = phrase
        }
    }

    /// A match: the target, the phrase, and the tokens (indices into the token list given to `matches`).
    public struct Match: Sendable, Hashable {
        public var target: Int
        public var phrase: String
        public var promise: Bool
        public var tokens: Range<Int>
        public var utf8Range: Range<Int>
    }

    /// Word (stem) → id. Words not in any phrase have no id and end every walk.
    var vocabulary: [String: Int32] = [:]
    /// (node << 32 | word id) → child node.
    var edges: [UInt64: Int32] = [:]
    /// node → (prefix → child node), for the nodes with prefix patterns, and the prefix lengths to try there.
    var prefixEdges: [Int32: [String: Int32]] = [:]
    var prefixLengths: [Int32: [Int]] = [:]
    /// Surfaces a word must have for it and the next word to spell a one-word phrase ("wi" of "wi fi" → "wifi"):
    /// every proper prefix of a one-word phrase. Saves building and stemming the pair at every token.
    var compoundHeads: Set<String> = []
    /// Entries ending at each node.
    var terminals: [[Entry]] = [[]]
    /// Number of patterns compiled (phrases, closed compounds, excludes).
    public private(set) var patternCount = 0

    public init() {}

    /// Adds a pattern; several entries may share one pattern.
    public mutating func add(_ pattern: PhrasePattern, _ entry: Entry) {
        insert(pattern.words, entry)
        if let closed = pattern.closedCompound, entry.kind == .phrase {
            insert([.stem(closed)], entry)
        }
    }

    private mutating func insert(_ words: [PhrasePattern.Word], _ entry: Entry) {
        var node: Int32 = 0
        for word in words {
            switch word {
            case let .stem(stem):
                let id = vocabulary[stem] ?? {
                    let id = Int32(vocabulary.count)
                    vocabulary[stem] = id
                    return id
                }()
                let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))
                if let child = edges[key] { node = child } else {
                    let child = newNode()
                    edges[key] = child
                    node = child
                }
            case let .prefix(prefix):
                if let child = prefixEdges[node]?[prefix] { node = child } else {
                    let child = newNode()
                    prefixEdges[node, default: [:]][prefix] = child
                    let length = prefix.unicodeScalars.count
                    if !(prefixLengths[node]?.contains(length) ?? false) { prefixLengths[node, default: []].append(length) }
                    node = child
                }
            }
        }
        if words.count == 1, case let .stem(stem) = words[0], stem.count > 2 {
            for length in 1..<stem.count { compoundHeads.insert(String(stem.prefix(length))) }
        }
        if !terminals[Int(node)].contains(entry) {
            terminals[Int(node)].append(entry)
            patternCount += 1
        }
    }

    private mutating func newNode() -> Int32 {
        terminals.append([])
        return Int32(terminals.count - 1)
    }
}

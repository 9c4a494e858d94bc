import MTMLexicon
import MTMText

/// The scoring stage's sentiment: mtm's default model. VADER's rules (see `VaderRules`) on the text stage's ICU
/// tokens, with the CX overlay's words and phrases, and these fixes over vaderSentiment 3.3.2:
/// - phrases and idioms of the lexicons match as one unit ("no problem", "not a problem", "on hold",
///   "went above and beyond", "hassle-free" — hyphenated entries match the split tokens);
/// - emoticons are rebuilt from adjacent punctuation tokens; emoji contribute their description's words;
/// - inflections of lexicon words ("disappointing" ← "disappoint") match when the form itself is not listed;
/// - a negated negative word flips weakly ("not the worst", "not bad": mildly positive), see `Tuning`;
/// - "but"/"however" weight by position from the last contrastive word, not VADER's first-"but"-by-value slip;
/// - hyphenated compounds are one unit ("mock-ups", "car-free"), hashtags count only as real words, HTML
///   entities left in text ("&gt;") are not words;
/// - "like" counts fully only as a verb (after a subject or adverb: "I like", not "looks like", see
///   `Tuning.comparisonLikeValence`); a valenced intensifier before a quality is a booster ("super disappointed",
///   see `valencedIntensifiers`); letter and HTML-escaped emoticons count ("xD", "o_O", "&lt;3"); "too" + neutral word is a
///   complaint ("too small"); a positive word after "would/could/should have" is unreal ("would have been
///   easier") and flips;
/// - ALL-CAPS emphasis needs two or more capitals ("I" and "A" are not shouting);
/// - every sentence is scored on its own; a record combines them length-robustly (`combine`): the mean of the
///   sentiment-carrying sentences' raw sums, strengthened by at most √3, so ten mild sentences stay mild
///   instead of saturating towards ±1 as VADER's single normalised sum does. Neutral sentences do not dilute.
///
/// Thread-safe and cheap to copy: all tables are built once in `init`.
public struct SentimentAnalyzer: Sendable {
    /// Tuned constants of the `mtm` model, each with where its value comes from.
    public enum Tuning {
        /// A negated negative word keeps this share of its valence, flipped. VADER's −0.74 makes "not the worst"
        /// (+2.3) as positive as "good"; raters read "not bad" as mildly positive (VADER's own ratings of
        /// "not bad" average about +1.4 when the lexicon's "bad" is −2.5). Chosen on the ICWSM ground truth.
        public static let negatedNegativeScalar = -0.4
        /// Shortest inflected form that is looked up by its stem (avoids "ass" → "as", "bed" → "b").
        public static let minimumInflectedLength = 5
        /// A hashtag counts as a word only from this length ("#happy" yes, "#FF" no), as VADER's punctuation
        /// stripping keeps "#FF" whole (not in the lexicon) but strips "#happy" to "happy".
        public static let minimumTagLength = 3
        /// A record's sentences strengthen each other up to this many (see `combine`): with 3, a record's raw sum
        /// is at most √3 × its sentences' mean. Chosen on the ICWSM tweets (multi-sentence): caps of 2…∞ give
        /// Pearson r .871–.873, the intensity-weighted mean .861; 3 keeps long texts from saturating.
        public static let accumulationCap = 3.0
        /// "too" + a word with no valence of its own ("too small", "too slow"): a mild complaint.
        public static let excessValence = -1.0
        /// Valence of a "like" that compares ("looks like", "feels like a Sunday") rather than likes; VADER's +1.5 is
        /// the verb's. A fifth of it: a text whose only cue is a comparison lands just inside the positive label
        /// (compound +0.08), where VADER's raters mostly put such texts (ICWSM ground truth: 32 of 41 tweets, 33 of
        /// 52 Amazon snippets positive), while the full +1.5 outweighed real complaints ("plays like a TV movie").
        /// 0 → 0.3 on the ICWSM sets: weighted F1 tweets .894 → .896, Amazon .655 → .657, movie .606 → .604.
        public static let comparisonLikeValence = 0.3
        /// A positive word after "would/could/should have" is flipped and weakened: "would have been easier".
        public static let counterfactualScalar = -0.5
    }

    public let lexicon: ValenceLexicon
    /// Phrases as lower-cased word sequences joined by single spaces (hyphens split like the tokenizer does): a key's
    /// position in `phraseValues`.
    let phraseIndex: WordIndex
    let phraseValues: [Double]
    /// First words of phrases, to try phrase matching only where one can start, and every proper prefix of a
    /// phrase, to stop extending a candidate as soon as no phrase can follow.
    let phraseStarts: Set<String>
    let phrasePrefixIndex: WordIndex
    /// The first two words of every phrase as `wordIndex` positions (first << 32 | second): two word items whose
    /// pair is not here start no phrase, so `mergePhrases` skips them without building a key.
    let phrasePairs: Set<Int>
    /// Everything the item builder needs about a word, in one lookup: valence, booster, negation, phrase start.
    struct WordInfo: Sendable {
        var valence: Double?
        var booster: Double?
        var negation = false
        var phraseStart = false
        /// The word stands after the first word of some phrase: a phrase can only go on through such words.
        var phraseFollower = false
        var discourseMarker = false
        var idiomWord = false
        var counterfactualModal = false
        /// In `valencedIntensifiers` / `gradableQualities`: tested per item by `applyIntensifiers` as flags.
        var valencedIntensifier = false
        var gradableQuality = false
        /// The word is "too" (the next word may be an excess, see `Tuning.excessValence`) or "like" (see
        /// `isLikeVerb`): compared once per table word instead of once per token.
        var isToo = false
        var isLike = false
        /// The word as one of the rules' words (`RuleWord`; every one is in the table).
        var ruleWord = RuleWord.other
        /// The word holds "n't" (`VaderConstants.containsNT`) / a space (`SentimentItem.hasSpace`), tested once here
        /// instead of once per token.
        var containsNT = false
        var hasSpace = false
    }
    /// Word → position in `wordInfo`, looked up once per word token (`WordIndex`: cheaper than hashing a String).
    let wordIndex: WordIndex
    let wordInfo: [WordInfo]
    let longestPhrase: Int
    /// Emoticons (entries with no letters or digits only, such as ":)", "</3", ":-D"), lower-cased.
    let emoticons: [String: Double]
    /// ASCII bytes an emoticon can start with (its keys' first bytes in either case, and "&" for the HTML-escaped
    /// forms), so most punctuation is ruled out before any emoticon is spelled.
    let emoticonStarts: ASCIISet
    /// Tokens an emoticon may span: four for ">:-(", six for its HTML-escaped form ("&gt;:(" is & gt ; : ( ).
    let longestEmoticonTokens = 6
    /// Emoji → description words (lower-cased).
    let emojiWords: [String: [String]]
    let rules: VaderRules

    public init(lexicon: ValenceLexicon) {
        self.lexicon = lexicon
        var words: [String: Double] = [:]
        words.reserveCapacity(lexicon.words.count * 2)
        var phrases: [String: Double] = [:]
        var emoticons: [String: Double] = [:]
        for (key, value) in lexicon.words {
            let lower = key.lowercased()
            if key != lower, lexicon.words[lower] != nil { continue }
            if Self.isEmoticonKey(lower) { emoticons[lower] = value; continue }
            words[lower] = value
        }
        for (key, value) in VaderConstants.sentimentLadenIdioms { phrases[key] = value }
        for (key, value) in VaderConstants.specialCases where key.contains(" ") { phrases[key] = value }
        for (key, value) in lexicon.phrases { phrases[key] = value }
        // The word table: the lexicon's words, their inflections, then each rule's words. A word's info is
        // found again by its position, with no `String` hashed.
        var table = WordTable(capacity: words.count * 4 + 256)
        for (word, value) in words { table.update(word) { $0.valence = value } }
        Self.addInflections(of: words, to: &table)
        self.emoticons = emoticons
        phraseStarts = Set(phrases.keys.map { String($0.prefix { $0 != " " }) })
        // Each phrase split once: its proper prefixes, the words after its first, its length.
        var prefixes: Set<String> = []
        var followers: [Substring] = []
        var pairs: [(Substring, Substring)] = []
        var longest: Int?
        for key in phrases.keys {
            let parts = Self.words(key)
            for n in 1..<max(1, parts.count) { prefixes.insert(parts[0..<n].joined(separator: " ")) }
            followers += parts.dropFirst()
            if parts.count > 1 { pairs.append((parts[0], parts[1])) }
            longest = max(longest ?? parts.count, parts.count)
        }
        phrasePrefixIndex = WordIndex(Array(prefixes))
        phraseIndex = WordIndex(phrases.map(\.key))
        phraseValues = phrases.map(\.value)
        for (word, value) in VaderConstants.boosters { table.update(word) { $0.booster = value } }
        for word in VaderConstants.negations { table.update(word) { $0.negation = true } }
        for word in phraseStarts { table.update(word) { $0.phraseStart = true } }
        for word in followers { table.update(String(word)) { $0.phraseFollower = true } }
        for word in Self.discourseMarkers { table.update(word) { $0.discourseMarker = true } }
        for word in VaderConstants.idiomWords { table.update(word) { $0.idiomWord = true } }
        for word in Self.counterfactualModals { table.update(word) { $0.counterfactualModal = true } }
        for word in Self.valencedIntensifiers { table.update(word) { $0.valencedIntensifier = true } }
        for word in Self.gradableQualities { table.update(word) { $0.gradableQuality = true } }
        table.update("too") { $0.isToo = true }
        table.update("like") { $0.isLike = true }
        for code in RuleWord.allCases where code != .other { table.update(code.word) { $0.ruleWord = code } }
        wordIndex = table.index
        wordInfo = table.infos
        var phrasePairs: Set<Int> = []
        for (first, second) in pairs {
            // Both are table words (phrase start, phrase follower).
            if let a = wordIndex[String(first)], let b = wordIndex[String(second)] { phrasePairs.insert(a << 32 | b) }
        }
        self.phrasePairs = phrasePairs
        longestPhrase = longest ?? 1
        var emojiWords: [String: [String]] = [:]
        emojiWords.reserveCapacity(lexicon.emoji.count)
        for (emoji, description) in lexicon.emoji {
            emojiWords[emoji] = Self.words(description.lowercased()).map(String.init)
        }
        self.emojiWords = emojiWords
        var options = VaderRules.Options()
        options.butQuirk = false
        options.contrastives = ["but", "however"]
        options.negatedNegativeScalar = Tuning.negatedNegativeScalar
        rules = VaderRules(options: options)
        var starts = ASCIISet()
        starts.insert(UInt8(ascii: "&"))
        for key in emoticons.keys {
            guard let first = key.utf8.first, first < 0x80 else { continue }
            starts.insert(first)
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) { starts.insert(first - 0x20) }
        }
        emoticonStarts = starts
    }

    /// Scores every sentence of a record and combines them (see the type's documentation).
    public func score(_ analyzed: AnalyzedText) -> (record: SentimentScore, sentences: [ScoredSentence]) {
        if analyzed.sentences.count == 1 {
            // One sentence is its record (`combine` of one part): no parts array to build.
            let sentence = analyzed.sentences[0]
            let part = scorePart(sentence.tokens[...], in: analyzed)
            return (part.score, [ScoredSentence(utf8Range: sentence.utf8Range, sentiment: part.score)])
        }
        var sentences: [ScoredSentence] = []
        sentences.reserveCapacity(analyzed.sentences.count)
        var parts: [Part] = []
        parts.reserveCapacity(analyzed.sentences.count)
        for sentence in analyzed.sentences {
            let part = scorePart(sentence.tokens[...], in: analyzed)
            sentences.append(ScoredSentence(utf8Range: sentence.utf8Range, sentiment: part.score))
            parts.append(part)
        }
        return (Self.combine(parts), sentences)
    }

    /// Scores a clause or any run of tokens of `analyzed` as one unit (what the tagging stage quotes).
    public func score(tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> SentimentScore {
        scorePart(tokens, in: analyzed).score
    }

    /// A sentence's score with what the record combination needs.
    public struct Part: Sendable, Hashable {
        public var score: SentimentScore
        /// The sum VADER normalises (valences plus punctuation emphasis).
        public var rawSum: Double
        public var items: Int
    }

    func scorePart(_ tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> Part {
        let (items, emphasis) = self.items(tokens, in: analyzed)
        guard !items.isEmpty else { return Part(score: .neutral, rawSum: 0, items: 0) }
        return rules.withSentiments(items, capDifferential: analyzed.hasMixedCase) { sentiments in
            Part(score: VaderScore.score(sentiments, emphasis: emphasis),
                 rawSum: VaderScore.rawSum(sentiments, emphasis: emphasis), items: items.count)
        }
    }

    /// The items, what each rule did to them, and the score: `mtm explain`.
    public func explain(tokens: ArraySlice<Token>, in analyzed: AnalyzedText)
        -> (score: SentimentScore, items: [SentimentItem], traces: [VaderRules.Trace], emphasis: Double) {
        let (items, emphasis) = self.items(tokens, in: analyzed)
        guard !items.isEmpty else { return (.neutral, [], [], 0) }
        let (sentiments, traces) = rules.explain(items, capDifferential: analyzed.hasMixedCase)
        return (VaderScore.score(sentiments, emphasis: emphasis), items, traces, emphasis)
    }

    /// Record score from sentence scores. compound: the mean raw sum of the sentences that carry sentiment,
    /// times √min(k, `Tuning.accumulationCap`) for k such sentences, through VADER's normalisation — two or three
    /// agreeing sentences strengthen a record as they do for VADER's raters, but ten mild sentences stay mild
    /// (VADER sums them all and saturates). pos/neu/neg: item-count-weighted means of the sentences' proportions.
    public static func combine(_ parts: [Part]) -> SentimentScore {
        guard !parts.isEmpty else { return .neutral }
        if parts.count == 1 { return parts[0].score }
        var sum = 0.0, carrying = 0.0
        var pos = 0.0, neu = 0.0, neg = 0.0, items = 0.0
        for part in parts {
            if part.rawSum != 0 { sum += part.rawSum; carrying += 1 }
            let n = Double(part.items)
            pos += part.score.pos * n; neu += part.score.neu * n; neg += part.score.neg * n
            items += n
        }
        let compound = carrying > 0
            ? VaderConstants.normalize(sum / carrying * min(carrying, Tuning.accumulationCap).squareRoot()) : 0
        guard items > 0 else { return SentimentScore(compound: compound, pos: 0, neu: 1, neg: 0) }
        return SentimentScore(compound: compound, pos: pos / items, neu: neu / items, neg: neg / items)
    }
}

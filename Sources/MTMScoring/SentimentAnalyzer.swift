import Foundation
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
/// - ALL-CAPS emphasis needs two or more capitals ("I" and "A" are not shouting);
/// - every sentence is scored on its own and a record's compound is the intensity-weighted mean of its
///   sentences' compounds (Σ cᵢ·|cᵢ| / Σ |cᵢ|), so ten mild sentences stay mild instead of saturating
///   towards ±1 as VADER's single normalised sum does. Neutral sentences do not dilute the record.
///
/// Thread-safe and cheap to copy: all tables are built once in `init`.
let experiment = ProcessInfo.processInfo.environment["MTM_EXP"] ?? ""
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
    }

    public let lexicon: ValenceLexicon
    /// Lower-cased single-token entries plus generated inflections.
    let words: [String: Double]
    /// Phrases as lower-cased word sequences joined by single spaces (hyphens split like the tokenizer does).
    let phrases: [String: Double]
    /// First words of phrases, to try phrase matching only where one can start.
    let phraseStarts: Set<String>
    let longestPhrase: Int
    /// Emoticons (entries with no letters or digits only, such as ":)", "</3", ":-D"), lower-cased.
    let emoticons: [String: Double]
    let longestEmoticonTokens = 4
    /// Emoji → description words (lower-cased).
    let emojiWords: [String: [String]]
    let rules: VaderRules

    public init(lexicon: ValenceLexicon) {
        self.lexicon = lexicon
        var words: [String: Double] = [:]
        var phrases: [String: Double] = [:]
        var emoticons: [String: Double] = [:]
        for (key, value) in lexicon.words {
            let lower = key.lowercased()
            if key != lower, lexicon.words[lower] != nil { continue }
            if Self.isEmoticon(lower) { emoticons[lower] = value; continue }
            words[lower] = value
        }
        for (key, value) in VaderConstants.sentimentLadenIdioms { phrases[key] = value }
        for (key, value) in VaderConstants.specialCases where key.contains(" ") { phrases[key] = value }
        for (key, value) in lexicon.phrases { phrases[key] = value }
        Self.addInflections(of: &words)
        self.words = words
        self.phrases = phrases
        self.emoticons = emoticons
        phraseStarts = Set(phrases.keys.map { String($0.prefix { $0 != " " }) })
        longestPhrase = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1
        var emojiWords: [String: [String]] = [:]
        for (emoji, description) in lexicon.emoji {
            emojiWords[emoji] = description.lowercased().split(separator: " ").map(String.init)
        }
        self.emojiWords = emojiWords
        var options = VaderRules.Options()
        options.butQuirk = false
        options.contrastives = ["but", "however"]
        options.negatedNegativeScalar = Tuning.negatedNegativeScalar
        rules = VaderRules(options: options)
    }

    /// Scores every sentence of a record and combines them (see the type's documentation).
    public func score(_ analyzed: AnalyzedText) -> (record: SentimentScore, sentences: [ScoredSentence]) {
        if experiment.contains("whole") {
            let all = analyzed.sentences.flatMap(\.tokens)
            let s = score(tokens: all[...], in: analyzed)
            return (s, [])
        }
        var sentences: [ScoredSentence] = []
        sentences.reserveCapacity(analyzed.sentences.count)
        var weights: [Int] = []
        for sentence in analyzed.sentences {
            let (score, itemCount) = scoreCounting(sentence.tokens[...], in: analyzed)
            sentences.append(ScoredSentence(utf8Range: sentence.utf8Range, sentiment: score))
            weights.append(itemCount)
        }
        if let p = Double(experiment.replacingOccurrences(of: "pow", with: "")), experiment.hasPrefix("pow") {
            var sum = 0.0, k = 0.0
            for s in sentences where s.sentiment.compound != 0 {
                let c = min(0.9999, max(-0.9999, s.sentiment.compound))
                sum += c * (15.0).squareRoot() / (1 - c * c).squareRoot(); k += 1
            }
            var r = Self.combine(sentences.map(\.sentiment), itemCounts: weights)
            if k > 0 { r.compound = VaderConstants.normalize(sum / pow(k, p)) }
            return (r, sentences)
        }
        return (Self.combine(sentences.map(\.sentiment), itemCounts: weights), sentences)
    }

    /// Scores a clause or any run of tokens of `analyzed` as one unit (what the tagging stage quotes).
    public func score(tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> SentimentScore {
        scoreCounting(tokens, in: analyzed).score
    }

    func scoreCounting(_ tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> (score: SentimentScore, items: Int) {
        let (items, emphasis) = self.items(tokens, in: analyzed)
        guard !items.isEmpty else { return (.neutral, 0) }
        let sentiments = rules.sentiments(items, capDifferential: analyzed.hasMixedCase)
        return (VaderScore.score(sentiments, emphasis: emphasis), items.count)
    }

    /// The items, what each rule did to them, and the score: `mtm explain`.
    public func explain(tokens: ArraySlice<Token>, in analyzed: AnalyzedText)
        -> (score: SentimentScore, items: [SentimentItem], traces: [VaderRules.Trace], emphasis: Double) {
        let (items, emphasis) = self.items(tokens, in: analyzed)
        guard !items.isEmpty else { return (.neutral, [], [], 0) }
        let (sentiments, traces) = rules.explain(items, capDifferential: analyzed.hasMixedCase)
        return (VaderScore.score(sentiments, emphasis: emphasis), items, traces, emphasis)
    }

    /// Record score from sentence scores: compound is the intensity-weighted mean of sentence compounds;
    /// pos/neu/neg are the item-count-weighted means of the sentences' proportions.
    public static func combine(_ scores: [SentimentScore], itemCounts: [Int]) -> SentimentScore {
        guard !scores.isEmpty else { return .neutral }
        if scores.count == 1 { return scores[0] }
        var weighted = 0.0, weights = 0.0
        var pos = 0.0, neu = 0.0, neg = 0.0, items = 0.0
        for (score, count) in zip(scores, itemCounts) {
            let w = abs(score.compound)
            weighted += score.compound * w
            weights += w
            let n = Double(count)
            pos += score.pos * n; neu += score.neu * n; neg += score.neg * n
            items += n
        }
        let compound = weights > 0 ? weighted / weights : 0
        guard items > 0 else { return SentimentScore(compound: compound, pos: 0, neu: 1, neg: 0) }
        return SentimentScore(compound: compound, pos: pos / items, neu: neu / items, neg: neg / items)
    }
}

import Foundation
import Dispatch
import MTMLexicon
import MTMRecord
import MTMText

/// Which sentiment model scores: mtm's own (default) or the vaderSentiment 3.3.2 port.
public enum SentimentModel: String, Sendable, Hashable, CaseIterable {
    case mtm, vader
}

/// One of the two sentiment models, plus the emotion scorer, behind one call: records in, record and sentence
/// scores out.
public struct SentimentEngine: Sendable {
    public let model: SentimentModel
    public let analyzer: SentimentAnalyzer?
    public let vader: VaderModel?
    /// Emotions per sentence and record; nil when emotions are off.
    public let emotions: EmotionScorer?

    public init(model: SentimentModel, lexicon: ValenceLexicon, emotions: EmotionScorer? = nil) {
        self.init(model: model, models: Self.models(model, lexicon), emotions: emotions)
    }

    private init(model: SentimentModel, models: (SentimentAnalyzer?, VaderModel?), emotions: EmotionScorer?) {
        self.model = model
        self.emotions = emotions
        (analyzer, vader) = models
    }

    /// The model's scorer built from the valence lexicon (the `mtm` model's word tables are most of the time).
    private static func models(_ model: SentimentModel, _ lexicon: ValenceLexicon) -> (SentimentAnalyzer?, VaderModel?) {
        switch model {
        case .mtm: (SentimentAnalyzer(lexicon: lexicon), nil)
        case .vader: (nil, VaderModel(lexicon: lexicon))
        }
    }

    /// Loads the lexicons the model needs from `directory` (the `Lexicons/` folder) plus user overlays; the emotion
    /// lexicon too unless `emotions` is false.
    ///
    /// With `concurrently`, the two halves of the work run on two threads: the valence lexicon and the model's word
    /// tables on one, the emotion lexicon on the other. They share nothing, and the result (engine and findings, in
    /// the same order) is the same either way. A run with two or more workers passes it: start-up is otherwise the
    /// serial part of such a run (about a fifth of a 50,000-record `mtm score --jobs 2`, `Benchmarks/README.md`).
    public static func load(model: SentimentModel, directory: URL, overlays: [URL] = [], emotions: Bool = true,
                            emotionOverlays: [URL] = [], concurrently: Bool = false)
        throws(LexiconError) -> (SentimentEngine, [Finding]) {
        let sentiment = { @Sendable () throws(LexiconError) -> ((SentimentAnalyzer?, VaderModel?), [Finding]) in
            var (lexicon, findings) = model == .mtm
                ? try ValenceLexicon.load(directory: directory, overlays: [])
                : try ValenceLexicon.loadVader(directory: directory)
            for overlay in overlays { try lexicon.apply(overlay: overlay, findings: &findings) }
            return (models(model, lexicon), findings)
        }
        let emotion = { @Sendable () throws(LexiconError) -> (EmotionScorer, [Finding]) in
            let (emotionLexicon, findings) = try EmotionLexicon.load(directory: directory, overlays: emotionOverlays)
            return (EmotionScorer(lexicon: emotionLexicon), findings)
        }
        let built: Result<((SentimentAnalyzer?, VaderModel?), [Finding]), LexiconError>
        let scored: Result<(EmotionScorer, [Finding]), LexiconError>?
        if concurrently && emotions {
            nonisolated(unsafe) var first: Result<((SentimentAnalyzer?, VaderModel?), [Finding]), LexiconError>?
            nonisolated(unsafe) var second: Result<(EmotionScorer, [Finding]), LexiconError>?
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 { first = Result { () throws(LexiconError) in try sentiment() } }
                else { second = Result { () throws(LexiconError) in try emotion() } }
            }
            built = first!
            scored = second
        } else {
            built = Result { () throws(LexiconError) in try sentiment() }
            // Not loaded after a failure, as before (the first error is the one reported).
            if emotions, case .success = built {
                scored = Result { () throws(LexiconError) in try emotion() }
            } else {
                scored = nil
            }
        }
        let (scorers, findings) = try built.get()
        let emotionPart = try scored?.get()
        return (SentimentEngine(model: model, models: scorers, emotions: emotionPart?.0),
                findings + (emotionPart?.1 ?? []))
    }

    /// Sentiment and emotions of a record and of each sentence. Record emotions are the sum over sentences.
    public func scoreWithEmotions(_ analyzed: AnalyzedText)
        -> (record: SentimentScore, emotions: [String: Double], sentences: [ScoredSentence]) {
        var (record, sentences) = score(analyzed)
        guard let emotions else { return (record, [:], sentences) }
        let (total, perSentence) = emotionWeights(analyzed)
        for index in sentences.indices { sentences[index].emotions = emotions.dictionary(perSentence[index]) }
        return (record, emotions.dictionary(total), sentences)
    }

    /// Emotions of each sentence and of the record (their element-wise sum) as category weights
    /// (`EmotionScorer.weights(tokens:in:)`), for writers that print them without building dictionaries. Empty
    /// when emotions are off.
    public func emotionWeights(_ analyzed: AnalyzedText) -> (record: [Double], sentences: [[Double]]) {
        guard let emotions else { return ([], []) }
        var total: [Double] = []
        var perSentence: [[Double]] = []
        perSentence.reserveCapacity(analyzed.sentences.count)
        for sentence in analyzed.sentences {
            let weights = emotions.weights(tokens: sentence.tokens[...], in: analyzed)
            if !weights.isEmpty {
                if total.isEmpty { total = weights } else { for i in weights.indices { total[i] += weights[i] } }
            }
            perSentence.append(weights)
        }
        return (total, perSentence)
    }

    /// The record's score and each sentence's. The `vader` model scores the whole text at once, as
    /// vaderSentiment does, and each sentence on its own text.
    public func score(_ analyzed: AnalyzedText) -> (record: SentimentScore, sentences: [ScoredSentence]) {
        if let analyzer { return analyzer.score(analyzed) }
        let vader = vader!
        let sentences = analyzed.sentences.map {
            ScoredSentence(utf8Range: $0.utf8Range, sentiment: vader.score(String(analyzed.source($0.utf8Range))))
        }
        return (vader.score(analyzed.text), sentences)
    }

    /// A run of tokens (a clause) as one unit.
    public func score(tokens: ArraySlice<Token>, in analyzed: AnalyzedText) -> SentimentScore {
        if let analyzer { return analyzer.score(tokens: tokens, in: analyzed) }
        guard let first = tokens.first, let last = tokens.last else { return .neutral }
        return vader!.score(String(analyzed.source(first.utf8Range.lowerBound..<last.utf8Range.upperBound)))
    }
}

import Foundation
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
        self.model = model
        self.emotions = emotions
        switch model {
        case .mtm: analyzer = SentimentAnalyzer(lexicon: lexicon); vader = nil
        case .vader: vader = VaderModel(lexicon: lexicon); analyzer = nil
        }
    }

    /// Loads the lexicons the model needs from `directory` (the `Lexicons/` folder) plus user overlays; the emotion
    /// lexicon too unless `emotions` is false.
    public static func load(model: SentimentModel, directory: URL, overlays: [URL] = [], emotions: Bool = true,
                            emotionOverlays: [URL] = []) throws(LexiconError) -> (SentimentEngine, [Finding]) {
        var (lexicon, findings) = model == .mtm
            ? try ValenceLexicon.load(directory: directory, overlays: [])
            : try ValenceLexicon.loadVader(directory: directory)
        for overlay in overlays { try lexicon.apply(overlay: overlay, findings: &findings) }
        var scorer: EmotionScorer?
        if emotions {
            let (emotionLexicon, emotionFindings) = try EmotionLexicon.load(directory: directory, overlays: emotionOverlays)
            findings += emotionFindings
            scorer = EmotionScorer(lexicon: emotionLexicon)
        }
        return (SentimentEngine(model: model, lexicon: lexicon, emotions: scorer), findings)
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

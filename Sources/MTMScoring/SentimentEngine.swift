import Foundation
import MTMLexicon
import MTMRecord
import MTMText

/// Which sentiment model scores: mtm's own (default) or the vaderSentiment 3.3.2 port.
public enum SentimentModel: String, Sendable, Hashable, CaseIterable {
    case mtm, vader
}

/// One of the two models behind one call: records in, record and sentence scores out.
public struct SentimentEngine: Sendable {
    public let model: SentimentModel
    public let analyzer: SentimentAnalyzer?
    public let vader: VaderModel?

    public init(model: SentimentModel, lexicon: ValenceLexicon) {
        self.model = model
        switch model {
        case .mtm: analyzer = SentimentAnalyzer(lexicon: lexicon); vader = nil
        case .vader: vader = VaderModel(lexicon: lexicon); analyzer = nil
        }
    }

    /// Loads the lexicons the model needs from `directory` (the `Lexicons/` folder) plus user overlays.
    public static func load(model: SentimentModel, directory: URL, overlays: [URL] = [])
        throws(LexiconError) -> (SentimentEngine, [Finding]) {
        var (lexicon, findings) = model == .mtm
            ? try ValenceLexicon.load(directory: directory, overlays: [])
            : try ValenceLexicon.loadVader(directory: directory)
        for overlay in overlays { try lexicon.apply(overlay: overlay, findings: &findings) }
        return (SentimentEngine(model: model, lexicon: lexicon), findings)
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

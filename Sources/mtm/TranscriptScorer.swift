import Foundation
import MTMLexicon
import MTMScoring
import MTMText

/// Scores transcript turns for `mtm transcript`: the record sentiment (compound) and emotions of the sentiment
/// engine, and the touchpoints the tagger finds. One instance per thread (the text analyzer owns ICU iterators).
struct TranscriptScorer {
    struct Scores {
        /// Touchpoint ids in order of first mention.
        var touchpoints: [String]
        var compound: Double
        /// Emotion weights summed over the turn's sentences.
        var emotions: [String: Double]
    }

    let analyzer: TextAnalyzer
    let engine: SentimentEngine
    let tagger: TouchpointTagger

    /// Loads the default sentiment model, the emotion lexicon and `taxonomy` (a name from `mtm taxonomy list` or a
    /// .yaml path); lexicon findings go to standard error.
    init(taxonomy: String, lexicons: String?) throws {
        do {
            let directory = try LexiconLocator.directory(explicit: lexicons)
            let (engine, findings) = try SentimentEngine.load(model: .mtm, directory: directory)
            for finding in findings { StandardError.write("\(finding)\n") }
            self.engine = engine
            tagger = TouchpointTagger(taxonomy: try TaxonomyCatalog(lexicons: lexicons).load(taxonomy))
            analyzer = try TextAnalyzer()
        } catch {
            throw RunFailure("\(error)")
        }
    }

    func score(_ text: String) -> Scores {
        let analyzed = analyzer.analyze(text)
        let (record, emotions, _) = engine.scoreWithEmotions(analyzed)
        var touchpoints: [String] = []
        for mention in tagger.mentions(in: analyzed, scorer: engine) where !touchpoints.contains(mention.touchpoint) {
            touchpoints.append(mention.touchpoint)
        }
        return Scores(touchpoints: touchpoints, compound: record.compound, emotions: emotions)
    }
}

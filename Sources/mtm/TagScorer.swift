import ArgumentParser
import Foundation
import MTMLexicon
import MTMScoring

/// The clause scorer of `mtm tag` and `mtm eval tagging`: the sentiment engine (mtm model) and the emotion scorer,
/// both from the Lexicons folder.
enum TagScorer {
    static func make(lexicons: String?) throws -> (any ClauseScoring)? {
        let directory: URL
        do { directory = try LexiconLocator.directory(explicit: lexicons) } catch { throw RunFailure(error.description) }
        do {
            let (engine, findings) = try SentimentEngine.load(model: .mtm, directory: directory)
            let (emotions, emotionFindings) = try EmotionLexicon.load(directory: directory)
            for finding in findings + emotionFindings { StandardError.write("\(finding)\n") }
            return CompositeClauseScorer(sentiment: engine, emotions: EmotionScorer(lexicon: emotions))
        } catch {
            throw RunFailure(error.description)
        }
    }
}

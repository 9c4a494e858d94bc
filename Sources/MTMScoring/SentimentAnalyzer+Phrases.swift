import MTMLexicon
import MTMText

extension SentimentAnalyzer {

    /// Merges runs of items that spell a phrase of the lexicons into one item with the phrase's valence.
    func mergePhrases(_ items: inout [SentimentItem]) {
        guard longestPhrase > 1, items.count > 1 else { return }
        // Built only once a phrase matches: most sentences have none and keep their array.
        var merged: [SentimentItem]?
        var i = 0
        while i < items.count {
            if items[i].phraseStart, i + 1 < items.count, items[i + 1].phraseFollower,
               items[i].wordID < 0 || items[i + 1].wordID < 0
                || phrasePairs.contains(Int(items[i].wordID) << 32 | Int(items[i + 1].wordID)) {
                var key = items[i].lower
                var best: (length: Int, valence: Double, key: String)?
                var j = i + 1
                while j < items.count, j - i < longestPhrase, phrasePrefixIndex.contains(key) {
                    key += " " + items[j].lower
                    j += 1
                    if let phrase = phraseIndex[key] { best = (j - i, phraseValues[phrase], key) }
                }
                if let best {
                    let first = items[i], last = items[i + best.length - 1]
                    var range: Range<Int>?
                    if let a = first.utf8Range, let b = last.utf8Range { range = a.lowerBound..<b.upperBound }
                    let upper = items[i..<(i + best.length)].allSatisfy(\.isUpper)
                    if merged == nil {
                        merged = Array(items[..<i])
                        merged!.reserveCapacity(items.count)
                    }
                    merged!.append(SentimentItem(lower: best.key, isUpper: upper, valence: best.valence,
                                                isNegation: false, utf8Range: range))
                    i += best.length
                    continue
                }
            }
            merged?.append(items[i])
            i += 1
        }
        if let merged { items = merged }
    }
}

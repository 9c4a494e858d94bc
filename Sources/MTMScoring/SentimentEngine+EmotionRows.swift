import MTMText

extension SentimentEngine {
    /// Emotions of the record and of each sentence as rows of category weights (`lexicon.categories` order) in one
    /// flat buffer that a writer reuses from record to record, so a record allocates no array per sentence
    /// (`emotionWeights(_:)` gives the same weights as arrays): row 0 is the record, the element-wise sum of the
    /// sentences in their order, and row 1 + i is sentence i. `rows` grows when a record needs more room. Returns
    /// the row width, 0 when emotions are off (no rows).
    public func emotionRows(_ analyzed: AnalyzedText, into rows: inout [Double]) -> Int {
        guard let emotions else { return 0 }
        let width = emotions.lexicon.categories.count
        let needed = width * (1 + analyzed.sentences.count)
        if rows.count < needed { rows = [Double](repeating: 0, count: Swift.max(needed, 2 * rows.count)) }
        rows.withUnsafeMutableBufferPointer { rows in
            guard let base = rows.baseAddress, width > 0 else { return }
            base.update(repeating: 0, count: needed)
            let record = UnsafeMutableBufferPointer(start: base, count: width)
            for (index, sentence) in analyzed.sentences.enumerated() {
                let row = UnsafeMutableBufferPointer(start: base + width * (1 + index), count: width)
                guard emotions.accumulate(sentence.tokens[...], in: analyzed, into: row) else { continue }
                for category in 0..<width { record[category] += row[category] }
            }
        }
        return width
    }
}

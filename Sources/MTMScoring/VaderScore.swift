/// VADER's `score_valence`: from per-item valences and the punctuation emphasis to compound, pos, neu, neg.
/// Generic over the collection so that the scoring path can pass a temporary buffer (`VaderRules.withSentiments`).
public enum VaderScore {
    /// The sum VADER normalises (item valences plus punctuation emphasis in the sum's direction).
    public static func rawSum<C: Collection<Double>>(_ sentiments: C, emphasis: Double) -> Double {
        var sum = 0.0
        for s in sentiments { sum += s }
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        return sum
    }

    public static func score<C: Collection<Double>>(_ sentiments: C, emphasis: Double) -> SentimentScore {
        guard !sentiments.isEmpty else { return SentimentScore(compound: 0, pos: 0, neu: 0, neg: 0) }
        let compound = VaderConstants.normalize(rawSum(sentiments, emphasis: emphasis))
        var pos = 0.0, neg = 0.0, neu = 0.0
        for s in sentiments {
            if s > 0 { pos += s + 1 }
            if s < 0 { neg += s - 1 }
            if s == 0 { neu += 1 }
        }
        if pos > abs(neg) { pos += emphasis } else if pos < abs(neg) { neg -= emphasis }
        let total = pos + abs(neg) + neu
        return SentimentScore(compound: compound, pos: abs(pos / total), neu: abs(neu / total), neg: abs(neg / total))
    }
}

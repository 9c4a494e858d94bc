import MTMAggregate
import MTMRecord

/// Penalty–reward (asymmetric impact) of one touchpoint: the mean rating of records whose sentiment toward it is
/// negative, neutral or positive, against records that do not mention it. Ratings in the run's scale units when it
/// has one scale (stars, points), else on the unit scale.
public struct PenaltyReward: Sendable, Hashable {
    public var touchpoint: String
    public var notMentioned: Group
    public var negative: Group
    public var neutral: Group
    public var positive: Group
    /// Mean rating when mentioned negatively minus when not mentioned (usually ≤ 0); nil when a group is empty.
    public var penalty: Double? { diff(negative, notMentioned) }
    /// Mean rating when mentioned positively minus when not mentioned.
    public var reward: Double? { diff(positive, notMentioned) }
    /// Mean rating of mentioning records minus non-mentioning ones (the rating gap, used without a regression).
    public var gap: Double? {
        let n = negative.count + neutral.count + positive.count
        guard n > 0, notMentioned.count > 0 else { return nil }
        let s = (negative.mean ?? 0) * Double(negative.count) + (neutral.mean ?? 0) * Double(neutral.count)
            + (positive.mean ?? 0) * Double(positive.count)
        return s / Double(n) - notMentioned.mean!
    }

    public struct Group: Sendable, Hashable {
        public var count: Int
        public var mean: Double?
    }

    private func diff(_ a: Group, _ b: Group) -> Double? {
        guard let x = a.mean, let y = b.mean else { return nil }
        return x - y
    }

    /// For every touchpoint of `slice`, in id order. `scale` converts unit ratings to scale units (nil: unit).
    public static func table(_ slice: Slice, scale: RatingScale?) -> [PenaltyReward] {
        let span = scale.map { $0.upper - $0.lower } ?? 1
        let offset = scale?.lower ?? 0
        func group(_ count: Int, _ sum: ExactSum) -> Group {
            Group(count: count, mean: count > 0 ? offset + span * sum.value / Double(count) : nil)
        }
        return slice.touchpoints.keys.sorted().map { id in
            let r = slice.touchpoints[id]!.rated
            let restCount = slice.ratedRecords - r.count
            let restSum = ExactSum.difference(slice.ratingSum, r.sum)
            return PenaltyReward(touchpoint: id, notMentioned: group(restCount, restSum),
                                 negative: group(r.negative, r.negativeSum), neutral: group(r.neutral, r.neutralSum),
                                 positive: group(r.positive, r.positiveSum))
        }
    }
}

/// Survey mode: stated importance (mean of the answers) beside derived importance (Shapley share of R²), with
/// ranks, so analysts see where what customers say matters differs from what moves their rating.
public struct ImportanceComparison: Sendable, Hashable {
    public var touchpoint: String
    public var statedMean: Double
    public var statedRank: Int
    public var statedAnswers: Int
    public var derivedShare: Double?
    public var derivedRank: Int?

    public static func table(_ partial: Partial, drivers: DriverAnalysis?) -> [ImportanceComparison] {
        let ids = partial.stated.keys.sorted()
        let means = Dictionary(uniqueKeysWithValues: ids.map { id in
            (id, partial.stated[id]!.sum.value / Double(max(1, partial.stated[id]!.count)))
        })
        let statedOrder = ids.sorted { means[$0]! != means[$1]! ? means[$0]! > means[$1]! : $0 < $1 }
        let r2 = drivers?.rSquared ?? 0
        let derived = drivers?.weights ?? []
        return statedOrder.enumerated().map { i, id in
            let w = derived.firstIndex { $0.touchpoint == id }
            return ImportanceComparison(
                touchpoint: id, statedMean: means[id]!, statedRank: i + 1, statedAnswers: partial.stated[id]!.count,
                derivedShare: w.map { r2 > 0 ? derived[$0].shapley / r2 : 0 }, derivedRank: w.map { $0 + 1 })
        }
    }
}

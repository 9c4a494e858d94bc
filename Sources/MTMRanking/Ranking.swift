import MTMAggregate
import MTMRecord

/// Everything `mtm rank` reports: the tables, the driver analyses, penalty–reward, every touchpoint's score, the
/// top-N moments with reasons and quotes, and the importance–performance quadrant.
///
/// Deterministic: the order is score (descending), then records mentioning (descending), then touchpoint id.
public struct Ranking: Sendable, Hashable {
    public var configuration: RankingConfiguration
    public var tables: RunTables
    /// Text-mode drivers (mention sentiment → rating) and survey-mode drivers (touchpoint ratings → rating).
    public var drivers: DriverAnalysis?
    public var surveyDrivers: DriverAnalysis?
    public var penaltyReward: [PenaltyReward]
    public var importance: [ImportanceComparison]
    /// Every touchpoint, best first.
    public var scores: [TouchpointScore]
    public var moments: [Moment]
    public var quadrant: [QuadrantPoint]
    /// The single rating scale, if any (for units in reasons).
    public var ratingScale: RatingScale?

    public init(partial: Partial, configuration c: RankingConfiguration = .default,
                drivers driverConfiguration: DriverConfiguration = .init()) {
        configuration = c
        tables = RunTables(partial: partial, highArousal: c.highArousal)
        ratingScale = partial.ratingScale
        drivers = DriverAnalysis(textOf: partial, configuration: driverConfiguration)
        surveyDrivers = DriverAnalysis(surveyOf: partial, configuration: driverConfiguration)
        penaltyReward = PenaltyReward.table(partial.overall, scale: ratingScale)
        importance = ImportanceComparison.table(partial, drivers: surveyDrivers)

        let summaries = tables.overall.touchpoints
        let impactModel = surveyDrivers ?? drivers
        let trend = Self.trend(partial, minimum: c.minimumMentions)
        let stageIndices = summaries.map(\.stageIndex)
        let firstStage = stageIndices.min() ?? 0, lastStage = stageIndices.max() ?? 0
        let maxShare = summaries.map(\.share).max() ?? 0
        let pr = Dictionary(uniqueKeysWithValues: penaltyReward.map { ($0.touchpoint, $0) })
        let maxShapley = impactModel?.weights.map(\.shapley).max() ?? 0
        let maxGap = penaltyReward.compactMap { $0.gap.map(abs) }.max() ?? 0
        let r2 = impactModel?.rSquared ?? 0
        let minimumGroup = c.minimumMentions

        var scores: [TouchpointScore] = summaries.map { t in
            let w = impactModel?.weight(t.touchpoint)
            let impact: Double
            if impactModel != nil {
                impact = maxShapley > 0 ? max(0, w?.shapley ?? 0) / maxShapley : 0
            } else if let gap = pr[t.touchpoint]?.gap, maxGap > 0 {
                impact = abs(gap) / maxGap
            } else {
                impact = 0
            }
            var position = 0.0
            let isLast = t.stageIndex == lastStage && lastStage != firstStage
            let isFirst = t.stageIndex == firstStage && lastStage != firstStage
            if isLast { position = max(position, c.lastStage) }
            if isFirst { position = max(position, c.firstStage) }
            if t.handoff { position = max(position, c.handoff) }
            let tr = trend[t.touchpoint]
            let components = ScoreComponents(
                volume: t.share,
                friction: t.netSentiment > 0 ? t.positive.lower : t.negative.lower,
                emotionalCharge: c.intensityWeight * t.intensity + (1 - c.intensityWeight) * t.highArousalShare,
                derivedImpact: impact, journeyPosition: position, promiseGap: t.promise.lower,
                trend: tr.map { min(1, max(0, abs($0.change) - $0.margin) / c.trendFullScale) } ?? 0)
            let kind: MomentKind
            if t.netSentiment < 0, t.negative.lower >= c.painNegativeLower {
                kind = .painPoint
            } else if t.netSentiment > 0, t.positive.lower >= c.delightPositiveLower {
                kind = .delight
            } else {
                kind = .watch
            }
            let p = pr[t.touchpoint]
            let enoughNeg = (p?.negative.count ?? 0) >= minimumGroup && (p?.notMentioned.count ?? 0) >= minimumGroup
            let enoughPos = (p?.positive.count ?? 0) >= minimumGroup && (p?.notMentioned.count ?? 0) >= minimumGroup
            return TouchpointScore(
                summary: t, components: components,
                score: components.score(c), kind: kind, penalty: enoughNeg ? p?.penalty : nil,
                reward: enoughPos ? p?.reward : nil,
                driverShare: w.map { r2 > 0 ? $0.shapley / r2 : 0 }, trendChange: tr?.change,
                previousPeriod: tr?.previous, isFirstStage: isFirst, isLastStage: isLast,
                eligible: t.mentions >= c.minimumMentions)
        }
        scores.sort(by: Self.ranksBefore)
        self.scores = scores

        let unit = Self.unitName(ratingScale)
        moments = Self.selectMoments(scores, top: c.top, minimumPainPoints: c.minimumPainPoints).enumerated().map { i, s in
            Moment(rank: i + 1, score: s, reason: Reason.sentence(s, recordNoun: c.recordNoun, unit: unit),
                   quotes: Self.quotes(for: s.kind, s.summary))
        }
        quadrant = Self.quadrant(summaries, model: impactModel, penaltyReward: pr, maxGap: maxGap,
                                 maxShare: maxShare)
    }

    /// The reported moments: the `top` eligible touchpoints by score, except that when fewer than
    /// `minimumPainPoints` of them are pain points, the lowest-ranked non-pain-points give way to the best-scoring
    /// remaining pain points. In a mostly positive corpus every touchpoint can out-score the worst friction (the
    /// friction component mirrors to the positive share for delights), yet the first question of a CX review is
    /// where customers struggle (Dixon, Freeman & Toman 2010). The result keeps score order.
    static func selectMoments(_ ranked: [TouchpointScore], top: Int, minimumPainPoints: Int) -> [TouchpointScore] {
        let eligible = ranked.filter(\.eligible)
        var chosen = Array(eligible.prefix(top))
        let wanted = min(minimumPainPoints, top)
        var missing = wanted - chosen.filter { $0.kind == .painPoint }.count
        guard missing > 0 else { return chosen }
        let reserve = eligible.dropFirst(top).filter { $0.kind == .painPoint }
        for pain in reserve where missing > 0 {
            guard let last = chosen.lastIndex(where: { $0.kind != .painPoint }) else { break }
            chosen.remove(at: last)
            chosen.append(pain)
            missing -= 1
        }
        return chosen.sorted(by: ranksBefore)
    }

    /// Score descending, then records descending, then touchpoint id ascending.
    public static func ranksBefore(_ a: TouchpointScore, _ b: TouchpointScore) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.records != b.records { return a.records > b.records }
        return a.touchpoint < b.touchpoint
    }

    static func unitName(_ scale: RatingScale?) -> String? {
        guard let scale else { return nil }
        return scale == .stars ? "stars" : "points"
    }

    /// Two quotes: pain points their two most negative, delights their two most positive, watch one of each
    /// (the other polarity fills in when one runs short).
    static func quotes(for kind: MomentKind, _ t: TouchpointSummary) -> [Quote] {
        let neg = t.negativeQuotes, pos = t.positiveQuotes
        let ordered: [Quote]
        switch kind {
        case .painPoint: ordered = neg + pos
        case .delight: ordered = pos + neg
        case .watch:
            let first = t.negative.value >= t.positive.value ? (neg, pos) : (pos, neg)
            ordered = Array(first.0.prefix(1)) + Array(first.1.prefix(1)) + first.0.dropFirst() + first.1.dropFirst()
        }
        return Array(ordered.prefix(2))
    }

    /// Net sentiment change per touchpoint between the last two periods (sorted by name) in which it has at
    /// least `minimum` mentions, with the change's 95% margin (1.96 standard errors of a difference of two net
    /// sentiments, each a difference of multinomial shares).
    static func trend(_ partial: Partial, minimum: Int) -> [String: (change: Double, margin: Double, previous: String)] {
        let periods = partial.periods.keys.sorted()
        guard periods.count >= 2 else { return [:] }
        var out: [String: (Double, Double, String)] = [:]
        for id in partial.overall.touchpoints.keys {
            let usable = periods.filter { (partial.periods[$0]!.touchpoints[id]?.mentions ?? 0) >= minimum }
            guard usable.count >= 2 else { continue }
            func net(_ p: String) -> (value: Double, variance: Double) {
                let t = partial.periods[p]!.touchpoints[id]!
                let m = Double(t.mentions), pos = Double(t.positive) / m, neg = Double(t.negative) / m
                return (pos - neg, (pos + neg - (pos - neg) * (pos - neg)) / m)
            }
            let last = net(usable[usable.count - 1]), previous = usable[usable.count - 2], before = net(previous)
            out[id] = (last.value - before.value, Proportion.z95 * (last.variance + before.variance).squareRoot(),
                       previous)
        }
        return out
    }

    static func quadrant(_ summaries: [TouchpointSummary], model: DriverAnalysis?,
                         penaltyReward: [String: PenaltyReward], maxGap: Double,
                         maxShare: Double) -> [QuadrantPoint] {
        let maxShapley = model?.weights.map(\.shapley).max() ?? 0
        let values: [(Double, String)] = summaries.map { t in
            if let model, maxShapley > 0 {
                return (max(0, model.weight(t.touchpoint)?.shapley ?? 0) / maxShapley, "shapley")
            }
            if maxGap > 0, let gap = penaltyReward[t.touchpoint]?.gap { return (abs(gap) / maxGap, "rating gap") }
            return (maxShare > 0 ? t.share / maxShare : 0, "volume")
        }
        // Split at the mean importance (data-centred IPA): importances are long-tailed, and a median split would
        // call half of the negligible touchpoints "important".
        let mean = values.isEmpty ? 0 : values.map(\.0).reduce(0, +) / Double(values.count)
        return zip(summaries, values).map { t, v in
            let important = v.0 >= mean && v.0 > 0, strong = t.netSentiment > 0
            let q = important ? (strong ? "protect" : "fix") : (strong ? "maintain" : "monitor")
            return QuadrantPoint(touchpoint: t.touchpoint, label: t.label, importance: v.0, importanceSource: v.1,
                                 performance: t.netSentiment, quadrant: q)
        }
    }
}

import MTMAggregate
import MTMRanking

/// Builds the report's document from the ranking stage's results: moments with their score components and
/// reasons, the touchpoint and stage tables, the quadrant, the emotion matrix, segments, trends and drivers.
/// Per-record rows (records, mentions, rejects) and counts come from the run itself and are set by the caller.
extension ReportDocument {
    /// Trend lines drawn for the most mentioned touchpoints (the chart's palette has seven colours).
    public static let trendSeries = 5

    /// - Parameters:
    ///   - stageLabels: stage id → label from the taxonomy (ids are shown where a label is missing).
    public init(ranking: Ranking, stageLabels: [String: String] = [:], title: String, generator: String,
                inputs: [String], taxonomy: String, counts: Counts) {
        self.init(title: title, generator: generator, inputs: inputs, taxonomy: taxonomy, counts: counts)
        let overall = ranking.tables.overall
        let summaries = Dictionary(uniqueKeysWithValues: overall.touchpoints.map { ($0.touchpoint, $0) })
        let config = ranking.configuration

        moments = ranking.moments.map { m in
            let s = m.score
            let summary = summaries[s.touchpoint]
            return Moment(
                rank: m.rank, touchpoint: s.touchpoint, label: s.label, stage: stageLabels[s.summary.stage] ?? s.summary.stage,
                momentClass: s.kind.rawValue, score: s.score,
                components: s.components.named.map { ScoreComponent(name: $0.name, value: $0.value,
                                                                    weight: config.weight($0.name)) },
                reason: m.reason, mentions: s.summary.mentions, share: s.share,
                meanCompound: summary?.meanCompound ?? s.netSentiment, negativeShare: s.negative.value,
                quotes: m.quotes.map { Quote(text: $0.text, recordID: $0.recordID, compound: $0.compoundValue) })
        }

        let emotionMatrix = overall.touchpointEmotions
        func topEmotion(_ id: String) -> String? {
            let cells = emotionMatrix.cells.filter { $0.row == id && $0.count > 0 }
            return cells.max { $0.count != $1.count ? $0.count < $1.count : $0.emotion > $1.emotion }?.emotion
        }
        let byMentions = overall.touchpoints.sorted {
            $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.touchpoint < $1.touchpoint
        }
        touchpoints = byMentions.map { t in
            TouchpointRow(touchpoint: t.touchpoint, label: t.label, stage: stageLabels[t.stage] ?? t.stage,
                          stageIndex: t.stageIndex, handoff: t.handoff, mentions: t.mentions, records: t.records,
                          share: t.share, meanCompound: t.meanCompound, positiveShare: t.positive.value,
                          negativeShare: t.negative.value, topEmotion: topEmotion(t.touchpoint))
        }

        quadrant = ranking.quadrant.map { q in
            QuadrantPoint(touchpoint: q.touchpoint, label: q.label, importance: q.importance,
                          performance: q.performance, mentions: summaries[q.touchpoint]?.mentions ?? 0)
        }
        // The ranking's own split: important = at or above the mean importance, strong = net sentiment > 0.
        let importances = ranking.quadrant.map(\.importance)
        if !importances.isEmpty {
            let mean = importances.reduce(0, +) / Double(importances.count)
            quadrantCut = QuadrantCut(importance: mean, performance: 0,
                                      importanceSource: orderedUnique(ranking.quadrant.map(\.importanceSource))
                                          .joined(separator: ", "))
        }

        emotions = EmotionMatrix(emotions: emotionMatrix.emotions, rows: byMentions.compactMap { t in
            guard !emotionMatrix.emotions.isEmpty, emotionMatrix.rows.contains(t.touchpoint) else { return nil }
            return EmotionMatrix.Row(touchpoint: t.touchpoint, label: t.label, mentions: t.mentions,
                                     values: emotionMatrix.emotions.map { emotionMatrix.cell(t.touchpoint, $0)?.rowShare ?? 0 })
        })

        stages = overall.journey.map { j in
            let top = byMentions.first { $0.stage == j.stage }?.touchpoint
            return StageRow(stage: j.stage, label: stageLabels[j.stage] ?? j.stage, index: j.stageIndex,
                            mentions: j.mentions, meanCompound: j.meanCompound, negativeShare: j.negative.value,
                            topTouchpoint: top)
        }

        if ranking.tables.periods.count >= 2 {
            let shown = byMentions.prefix(Self.trendSeries)
            trends = shown.map { t in
                TrendSeries(name: t.touchpoint, label: t.label, points: ranking.tables.periods.compactMap { slice in
                    guard let s = slice.touchpoints.first(where: { $0.touchpoint == t.touchpoint }), s.mentions > 0
                    else { return nil }
                    return .init(period: Self.scopeValue(slice.scope), mentions: s.mentions, meanCompound: s.meanCompound)
                })
            }.filter { !$0.points.isEmpty }
        }

        var comparisons: [SegmentComparison] = []
        for slice in ranking.tables.segments {
            guard let (name, value) = Self.segment(slice.scope) else { continue }
            let mentions = slice.touchpoints.map(\.mentions).reduce(0, +)
            let compoundSum = slice.touchpoints.map { $0.meanCompound * Double($0.mentions) }.reduce(0, +)
            let negatives = slice.touchpoints.map(\.negative.successes).reduce(0, +)
            let topIssue = slice.touchpoints.filter { $0.negative.successes > 0 }.max {
                $0.negative.successes != $1.negative.successes ? $0.negative.successes < $1.negative.successes
                    : $0.touchpoint > $1.touchpoint
            }
            let row = SegmentComparison.Row(
                value: value, records: slice.records,
                meanCompound: mentions > 0 ? compoundSum / Double(mentions) : 0,
                negativeShare: mentions > 0 ? Double(negatives) / Double(mentions) : 0, topTouchpoint: topIssue?.label)
            if let i = comparisons.firstIndex(where: { $0.dimension == name }) {
                comparisons[i].rows.append(row)
            } else {
                comparisons.append(SegmentComparison(dimension: name, rows: [row]))
            }
        }
        segments = comparisons

        let penalties = Dictionary(uniqueKeysWithValues: ranking.penaltyReward.map { ($0.touchpoint, $0) })
        if let analysis = ranking.surveyDrivers ?? ranking.drivers {
            let method = "Shapley share of R², \(analysis.mode.rawValue) model, n = \(analysis.n)"
            drivers = analysis.weights.map { w in
                DriverRow(touchpoint: w.touchpoint, label: summaries[w.touchpoint]?.label ?? w.touchpoint,
                          method: method, weight: w.shapley, lower: w.shapleyLower, upper: w.shapleyUpper,
                          penalty: penalties[w.touchpoint]?.penalty, reward: penalties[w.touchpoint]?.reward)
            }
            notes.append("Drivers: R² = \(NumberFormatting.fixed(analysis.rSquared, decimals: 3)) over \(analysis.n) rated records; Shapley \(analysis.shapleyMethod)"
                + (analysis.bootstrapResamples > 0 ? "; 95% intervals from \(analysis.bootstrapResamples) bootstrap resamples." : "."))
        } else {
            drivers = ranking.penaltyReward.compactMap { p in
                guard let gap = p.gap else { return nil }
                return DriverRow(touchpoint: p.touchpoint, label: summaries[p.touchpoint]?.label ?? p.touchpoint,
                                 method: "rating gap", weight: gap, penalty: p.penalty, reward: p.reward)
            }
        }
        notes.append("Moments need at least \(config.minimumMentions) mentions; the score weighs its components by Lexicons/ranking.yaml.")
        notes.append("Performance in the quadrant is net sentiment: the share of positive mentions minus the share of negative ones.")
    }

    /// `period:2024-03` → `2024-03`.
    static func scopeValue(_ scope: String) -> String {
        guard let colon = scope.firstIndex(of: ":") else { return scope }
        return String(scope[scope.index(after: colon)...])
    }

    /// `segment:department=Dresses` → (`department`, `Dresses`).
    static func segment(_ scope: String) -> (String, String)? {
        guard scope.hasPrefix("segment:") else { return nil }
        let rest = scopeValue(scope)
        guard let eq = rest.firstIndex(of: "=") else { return nil }
        return (String(rest[..<eq]), String(rest[rest.index(after: eq)...]))
    }
}

import MTMAggregate

extension RunTables {
    /// touchpoints, touchpoint_emotions, stage_emotions and stages (the journey curve), every scope in one table
    /// each with a `scope` column (`all`, `segment:channel=app`, `period:2024-03`).
    public var namedTables: [NamedTable] {
        var touchpoints = NamedTable(name: "touchpoints", columns: [
            "scope", "touchpoint", "label", "stage", "stage_index", "handoff", "records", "mentions", "share",
            "positive", "positive_low", "positive_high", "neutral", "neutral_low", "neutral_high",
            "negative", "negative_low", "negative_high", "mean_compound", "net_sentiment", "intensity",
            "high_arousal_share", "promise_mentions", "promise_negative", "top_phrases",
            "positive_quote", "positive_quote_record", "positive_quote_source", "positive_quote_compound",
            "negative_quote", "negative_quote_record", "negative_quote_source", "negative_quote_compound",
        ])
        var tpEmotions = NamedTable(name: "touchpoint_emotions",
                                    columns: ["scope", "touchpoint", "emotion", "count", "row_share"])
        var stageEmotions = NamedTable(name: "stage_emotions",
                                       columns: ["scope", "stage", "emotion", "count", "row_share"])
        var stages = NamedTable(name: "stages", columns: ["scope", "stage", "stage_index", "mentions",
                                                          "mean_compound", "negative", "intensity"])
        typealias C = NamedTable.Cell
        for t in all {
            let scope = C.text(t.scope)
            for s in t.touchpoints {
                let pq = s.positiveQuotes.first, nq = s.negativeQuotes.first
                touchpoints.rows.append([
                    scope, .text(s.touchpoint), .text(s.label), .text(s.stage), .integer(s.stageIndex),
                    .of(s.handoff), .integer(s.records), .integer(s.mentions), .of(s.share),
                    .of(s.positive.value), .of(s.positive.lower), .of(s.positive.upper),
                    .of(s.neutral.value), .of(s.neutral.lower), .of(s.neutral.upper),
                    .of(s.negative.value), .of(s.negative.lower), .of(s.negative.upper),
                    .of(s.meanCompound), .of(s.netSentiment), .of(s.intensity), .of(s.highArousalShare),
                    .integer(s.promise.trials), .integer(s.promise.successes),
                    .text(s.topPhrases.map { "\($0.phrase) (\($0.count))" }.joined(separator: "; ")),
                    .of(pq?.text), .of(pq?.recordID), .of(pq?.source), .of(pq?.compoundValue),
                    .of(nq?.text), .of(nq?.recordID), .of(nq?.source), .of(nq?.compoundValue),
                ])
            }
            for cell in t.touchpointEmotions.cells {
                tpEmotions.rows.append([scope, .text(cell.row), .text(cell.emotion), .integer(cell.count),
                                        .of(cell.rowShare)])
            }
            for cell in t.stageEmotions.cells {
                stageEmotions.rows.append([scope, .text(cell.row), .text(cell.emotion), .integer(cell.count),
                                           .of(cell.rowShare)])
            }
            for p in t.journey {
                stages.rows.append([scope, .text(p.stage), .integer(p.stageIndex), .integer(p.mentions),
                                    .of(p.meanCompound), .of(p.negative.value), .of(p.intensity)])
            }
        }
        return [touchpoints, tpEmotions, stageEmotions, stages]
    }
}

extension Ranking {
    /// moments, scores, quadrant, drivers, penalty_reward, importance (survey mode), then the run tables.
    public var namedTables: [NamedTable] {
        typealias C = NamedTable.Cell
        var moments = NamedTable(name: "moments", columns: [
            "rank", "touchpoint", "label", "class", "score", "reason", "share", "negative", "negative_low",
            "negative_high", "positive", "positive_low", "positive_high", "penalty", "reward", "driver_share",
            "quote_1", "quote_1_record", "quote_1_source", "quote_2", "quote_2_record", "quote_2_source",
        ])
        for m in self.moments {
            let s = m.score
            let q = m.quotes.map(Optional.some) + [nil, nil]
            moments.rows.append([
                .integer(m.rank), .text(s.touchpoint), .text(s.label), .text(s.kind.rawValue), .of(s.score),
                .text(m.reason), .of(s.share), .of(s.negative.value), .of(s.negative.lower), .of(s.negative.upper),
                .of(s.positive.value), .of(s.positive.lower), .of(s.positive.upper), .of(s.penalty), .of(s.reward),
                .of(s.driverShare), .of(q[0]?.text), .of(q[0]?.recordID), .of(q[0]?.source),
                .of(q[1]?.text), .of(q[1]?.recordID), .of(q[1]?.source),
            ])
        }
        var scoreTable = NamedTable(name: "scores", columns: ["rank", "touchpoint", "label", "class", "score", "eligible"]
            + ScoreComponents.names + ["trend_change", "previous_period"])
        for (i, s) in scores.enumerated() {
            scoreTable.rows.append([.integer(i + 1), .text(s.touchpoint), .text(s.label), .text(s.kind.rawValue),
                                    .of(s.score), .of(s.eligible)] + s.components.named.map { C.of($0.value) }
                                   + [.of(s.trendChange), .of(s.previousPeriod)])
        }
        var quadrantTable = NamedTable(name: "quadrant", columns: ["touchpoint", "label", "importance",
                                                                   "importance_source", "performance", "quadrant"])
        for p in quadrant {
            quadrantTable.rows.append([.text(p.touchpoint), .text(p.label), .of(p.importance),
                                       .text(p.importanceSource), .of(p.performance), .text(p.quadrant)])
        }
        var driverTable = NamedTable(name: "drivers", columns: [
            "mode", "touchpoint", "shapley", "shapley_share", "shapley_low", "shapley_high", "shapley_se",
            "relative_weight", "relative_weight_share", "relative_weight_low", "relative_weight_high", "beta",
            "correlation", "n", "r_squared", "shapley_method", "bootstrap_records", "bootstrap_resamples",
        ])
        for d in [drivers, surveyDrivers].compactMap({ $0 }) {
            for w in d.weights {
                driverTable.rows.append([
                    .text(d.mode.rawValue), .text(w.touchpoint), .of(w.shapley),
                    .of(d.rSquared > 0 ? w.shapley / d.rSquared : nil), .of(w.shapleyLower), .of(w.shapleyUpper),
                    .of(w.shapleyStandardError), .of(w.relativeWeight), .of(w.relativeWeightShare),
                    .of(w.relativeWeightLower), .of(w.relativeWeightUpper), .of(w.beta), .of(w.correlation),
                    .integer(d.n), .of(d.rSquared), .text(d.shapleyMethod), .integer(d.bootstrapRecords),
                    .integer(d.bootstrapResamples),
                ])
            }
        }
        var pr = NamedTable(name: "penalty_reward", columns: [
            "touchpoint", "not_mentioned_n", "not_mentioned_mean", "negative_n", "negative_mean", "neutral_n",
            "neutral_mean", "positive_n", "positive_mean", "penalty", "reward", "gap", "unit",
        ])
        let unit = Self.unitName(ratingScale) ?? "unit rating (0-1)"
        for p in penaltyReward {
            pr.rows.append([.text(p.touchpoint), .integer(p.notMentioned.count), .of(p.notMentioned.mean),
                            .integer(p.negative.count), .of(p.negative.mean), .integer(p.neutral.count),
                            .of(p.neutral.mean), .integer(p.positive.count), .of(p.positive.mean), .of(p.penalty),
                            .of(p.reward), .of(p.gap), .text(unit)])
        }
        var imp = NamedTable(name: "importance", columns: ["touchpoint", "stated_mean", "stated_rank",
                                                           "stated_answers", "derived_share", "derived_rank"])
        for i in importance {
            imp.rows.append([.text(i.touchpoint), .of(i.statedMean), .integer(i.statedRank),
                             .integer(i.statedAnswers), .of(i.derivedShare), .of(i.derivedRank)])
        }
        return [moments, scoreTable, quadrantTable, driverTable, pr] + (importance.isEmpty ? [] : [imp])
            + tables.namedTables
    }
}

extension ScoreComponents {
    public static let names = RankingConfiguration.componentNames
}

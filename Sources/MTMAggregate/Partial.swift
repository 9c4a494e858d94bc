import MTMRecord
import MTMScoring

/// Everything the tables, the driver analysis and the ranking need, for the whole run and per segment value and
/// per period, in a form that merges exactly: counts, fixed-point sums held in 128 bits, cross-product sums, and
/// bounded top-k lists with a total order. `merge` is associative and commutative, and the JSON form
/// (`jsonText`) is canonical (sorted keys), so the same records give the same bytes however they were sharded.
public struct Partial: Sendable, Hashable {
    /// The JSON format version this code writes and reads.
    public static let formatVersion = 1

    public var configuration: PartialConfiguration
    public var overall = Slice()
    /// Segment name → value → slice.
    public var segments: [String: [String: Slice]] = [:]
    /// Period (e.g. `2024-03`) → slice.
    public var periods: [String: Slice] = [:]
    /// Text-mode driver statistics (see `TextMoments`).
    public var text = TextMoments()
    /// Survey-mode driver statistics over per-touchpoint rating answers (see `PairwiseMoments`).
    public var survey = PairwiseMoments()
    /// Stated importance per touchpoint: answers and their exact sum (as given, not rescaled).
    public var stated: [String: StatedSums] = [:]
    /// Bottom-k sample of rated records for the bootstrap.
    public var sample = RecordSample()
    /// Rating scale (`1-5`, `0-10`, ...) → rated records on it.
    public var ratingScales: [String: Int] = [:]

    public struct StatedSums: Sendable, Hashable {
        public var count = 0
        public var sum = ExactSum()
        public init() {}
    }

    public init(configuration: PartialConfiguration = .default) {
        self.configuration = configuration
    }

    /// Adds one scored record to every slice it belongs to.
    public mutating func add(_ scored: ScoredRecord) {
        let record = scored.record
        var unit: Int64?
        var scale: RatingScale?
        if let rating = record.rating, rating.isFinite {
            scale = record.ratingScale ?? Self.inferredScale(rating)
            unit = FixedPoint.quantise(scale!.unit(rating))
            ratingScales[scale!.description, default: 0] += 1
        }
        let quotes = scored.mentions.map { m in
            m.label3 == .neutral ? nil : Quote.cut(record.text, m.clauseRange, maxBytes: configuration.quoteLength)
        }
        overall.add(scored, unitRating: unit, quotes: quotes, configuration: configuration)
        for segment in record.segments {
            segments[segment.name, default: [:]][segment.value, default: Slice()]
                .add(scored, unitRating: unit, quotes: quotes, configuration: configuration)
        }
        if let period = record.period, !period.isEmpty {
            periods[period, default: Slice()].add(scored, unitRating: unit, quotes: quotes, configuration: configuration)
        }
        for value in record.statedImportance where value.value.isFinite {
            stated[value.touchpoint, default: StatedSums()].count += 1
            stated[value.touchpoint, default: StatedSums()].sum.add(FixedPoint.quantise(value.value))
        }
        var answers: [String: Int64] = [:]
        let answerScale = scale ?? record.ratingScale
        for value in record.touchpointRatings where value.value.isFinite {
            let s = answerScale ?? Self.inferredScale(value.value)
            answers[value.touchpoint] = FixedPoint.quantise(s.unit(value.value))
        }
        if !answers.isEmpty {
            var withOutcome = answers
            if let unit { withOutcome[PairwiseMoments.outcomeKey] = unit }
            survey.add(withOutcome)
        }
        guard let unit else { return }
        let x = Self.predictors(scored.mentions)
        text.add(y: unit, x: x)
        sample.add(RecordSample.Entry(hash: RecordSample.hash(id: record.id, source: record.source), id: record.id,
                                      y: unit, x: x, survey: answers), limit: configuration.sampleLimit)
    }

    /// Adds every record of a sequence. A parallel run gives each worker its own `Partial` and merges them at the
    /// end; the result is the same bytes as one `Partial` fed every record, in any order.
    public mutating func add<S: Sequence>(contentsOf records: S) where S.Element == ScoredRecord {
        for record in records { add(record) }
    }

    /// Merges `other` into this partial. Exact: the result does not depend on the order of merges.
    public mutating func merge(_ other: Partial) {
        configuration = configuration.meet(other.configuration)
        let c = configuration
        overall.merge(other.overall, configuration: c)
        for (name, values) in other.segments {
            for (value, slice) in values {
                segments[name, default: [:]][value, default: Slice()].merge(slice, configuration: c)
            }
        }
        for (period, slice) in other.periods { periods[period, default: Slice()].merge(slice, configuration: c) }
        text.merge(other.text)
        survey.merge(other.survey)
        for (id, s) in other.stated {
            stated[id, default: StatedSums()].count += s.count
            stated[id, default: StatedSums()].sum.add(s.sum)
        }
        sample.merge(other.sample, limit: c.sampleLimit)
        ratingScales.merge(other.ratingScales, uniquingKeysWith: +)
    }

    public static func merged(_ a: Partial, _ b: Partial) -> Partial {
        var m = a
        m.merge(b)
        return m
    }

    /// The text-mode predictor vector of one record: touchpoint → mean clause compound of its mentions, quantised.
    public static func predictors(_ mentions: [Mention]) -> [String: Int64] {
        var sums: [String: (Double, Int)] = [:]
        for m in mentions {
            sums[m.touchpoint, default: (0, 0)].0 += m.compound
            sums[m.touchpoint, default: (0, 0)].1 += 1
        }
        return sums.mapValues { FixedPoint.quantise($0.0 / Double($0.1)) }
    }

    /// The scale assumed for a rating given without one: 1–5 stars when it fits, else 0–10, else 0–100.
    public static func inferredScale(_ rating: Double) -> RatingScale {
        if rating >= 1, rating <= 5 { return .stars }
        if rating >= 0, rating <= 10 { return .zeroToTen }
        return .percent
    }

    /// The single rating scale of the run, or nil when there are none or several.
    public var ratingScale: RatingScale? {
        guard ratingScales.count == 1, let text = ratingScales.keys.first else { return nil }
        return RatingScale(text)
    }
}

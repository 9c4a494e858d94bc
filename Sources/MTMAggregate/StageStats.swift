/// One journey stage in one slice: the journey curve and the stage × emotion matrix.
public struct StageStats: Sendable, Hashable {
    /// 0-based position in the taxonomy's stage order (smallest seen, if shards disagree).
    public var stageIndex: Int
    public var mentions = 0
    public var positive = 0
    public var neutral = 0
    public var negative = 0
    public var compoundSum = ExactSum()
    public var intensitySum = ExactSum()
    /// Emotion name → number of mentions at this stage whose clause carries it.
    public var emotions: [String: Int] = [:]

    public init(stageIndex: Int) { self.stageIndex = stageIndex }

    public mutating func merge(_ o: StageStats) {
        stageIndex = min(stageIndex, o.stageIndex)
        mentions += o.mentions
        positive += o.positive
        neutral += o.neutral
        negative += o.negative
        compoundSum.add(o.compoundSum)
        intensitySum.add(o.intensitySum)
        emotions.merge(o.emotions, uniquingKeysWith: +)
    }
}

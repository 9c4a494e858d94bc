/// One journey stage in one slice: the journey curve and the stage × emotion matrix.
public struct StageStats: Sendable, Hashable {
    /// 0-based position in the taxonomy's stage order (smallest seen, if shards disagree).
    public var stageIndex: Int
    public var tally = MentionTally()

    public init(stageIndex: Int) { self.stageIndex = stageIndex }

    public var mentions: Int { tally.mentions }
    public var negative: Int { tally.negative }
    public var compoundSum: ExactSum { tally.compoundSum }
    public var intensitySum: ExactSum { tally.intensitySum }
    public var emotions: [String: Int] { tally.emotions }

    public mutating func merge(_ o: StageStats) {
        stageIndex = min(stageIndex, o.stageIndex)
        tally.merge(o.tally)
    }
}

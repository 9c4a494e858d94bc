import MTMRecord

extension Mention {
    /// The mention as a JSON object, fields in the contract's order (`touchpoint`, `label`, `stage`, `handoff`,
    /// `phrase`, `start`, `end`, `compound`, `emotions`), then `stage_index`, `clause_start`, `clause_end`,
    /// `negated`, `promise`. Offsets are UTF-8 bytes into the record's original text.
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("touchpoint", touchpoint)
        w.field("label", label)
        w.field("stage", stage)
        w.field("handoff", handoff)
        w.field("phrase", phrase)
        w.field("start", utf8Range.lowerBound)
        w.field("end", utf8Range.upperBound)
        w.field("compound", (compound * 10_000).rounded() / 10_000)
        w.key("emotions")
        w.beginObject()
        for name in emotions.keys.sorted() { w.field(name, (emotions[name]! * 10_000).rounded() / 10_000) }
        w.endObject()
        w.field("stage_index", stageIndex)
        w.field("clause_start", clauseRange.lowerBound)
        w.field("clause_end", clauseRange.upperBound)
        w.field("negated", negated)
        w.field("promise", promise)
        w.endObject()
    }
}

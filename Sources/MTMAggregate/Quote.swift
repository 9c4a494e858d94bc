import MTMRecord

/// A representative quote: one mention's clause, cut from the record's original text by its `clauseRange`, kept
/// in the partial itself so quotes survive sharding and merging.
public struct Quote: Sendable, Hashable {
    public var recordID: String
    public var source: String
    public var line: Int?
    /// The mention's compound on the fixed-point grid (exact, so ordering is stable across shards).
    public var compound: Int64
    /// UTF-8 byte offsets of the clause in the record's original text.
    public var start: Int
    public var end: Int
    /// The clause text, cut to at most `PartialConfiguration.quoteLength` bytes on a character boundary (then "…").
    public var text: String

    public init(recordID: String, source: String, line: Int?, compound: Int64, start: Int, end: Int, text: String) {
        self.recordID = recordID
        self.source = source
        self.line = line
        self.compound = compound
        self.start = start
        self.end = end
        self.text = text
    }

    public var compoundValue: Double { FixedPoint.real(compound) }

    /// The stated order of representativeness: stronger |compound| first, then record id, source, start offset,
    /// then text, so every pair of distinct quotes is ordered and the top k are the same whatever the merge order.
    public static func moreRepresentative(_ a: Quote, _ b: Quote) -> Bool {
        let ia = a.compound.magnitude, ib = b.compound.magnitude
        if ia != ib { return ia > ib }
        if a.recordID != b.recordID { return a.recordID < b.recordID }
        if a.source != b.source { return a.source < b.source }
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.text < b.text
    }

    /// Union of two top-k lists, best first, cut to k. Associative and commutative because the order is total.
    static func topK(_ a: [Quote], _ b: [Quote], k: Int) -> [Quote] {
        var all = a + b
        all.sort(by: moreRepresentative)
        var out: [Quote] = []
        for q in all where out.last != q {   // the same mention seen twice (duplicate record) is kept once
            out.append(q)
            if out.count == k { break }
        }
        return out
    }

    /// The clause of `range` in `text` (UTF-8 offsets), clamped to the text and to whole characters, shortened to
    /// `maxBytes` with a trailing "…".
    static func cut(_ text: String, _ range: Range<Int>, maxBytes: Int) -> String {
        // Only the clause's bytes are read and copied: a record's text can be long and has a quote per mention.
        let utf8 = text.utf8
        let count = utf8.count
        @inline(__always) func byte(_ offset: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: offset)] }
        var lower = min(max(0, range.lowerBound), count)
        var upper = min(max(lower, range.upperBound), count)
        // Offsets inside a character move to its boundary (forward at the start, backward at the end).
        while lower < count, byte(lower) & 0xC0 == 0x80 { lower += 1 }
        while upper > lower, upper < count, byte(upper) & 0xC0 == 0x80 { upper -= 1 }
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(utf8.startIndex, offsetBy: max(lower, upper))
        var trimmed = Substring(String(decoding: utf8[start..<end], as: UTF8.self))
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        let clause = String(trimmed)
        if clause.utf8.count <= maxBytes { return clause }
        var cut = ""
        for ch in clause {
            if cut.utf8.count + ch.utf8.count > maxBytes - 3 { break }
            cut.append(ch)
        }
        return cut + "…"
    }
}

extension Quote {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("record", recordID)
        w.field("source", source)
        w.field("line", line)
        w.field("compound", Int(compound))
        w.field("start", start)
        w.field("end", end)
        w.field("text", text)
        w.endObject()
    }

    init(json: JSONValue) throws(AggregateError) {
        let r = JSONReader(json, context: "quote")
        self.init(recordID: try r.string("record"), source: try r.string("source"), line: r.optionalInt("line"),
                  compound: try r.int64("compound"), start: try r.int("start"), end: try r.int("end"),
                  text: try r.string("text"))
    }
}

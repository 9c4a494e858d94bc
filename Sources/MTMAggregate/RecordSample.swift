/// A bounded, deterministic sample of rated records for the bootstrap intervals of the driver weights: the
/// `limit` records with the smallest 64-bit FNV-1a hash of `id + "\u{1F}" + source` (a bottom-k sample). The
/// bottom k of a union is the bottom k of the bottom k's, so merging shards gives exactly the sample one run over
/// the whole corpus would keep, whatever the order. Below `limit` rated records the sample is the whole corpus.
public struct RecordSample: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var hash: UInt64
        public var id: String
        /// Unit rating, quantised.
        public var y: Int64
        /// Text predictors (touchpoint → mean mention compound), quantised; absent = 0.
        public var x: [String: Int64]
        /// Survey answers (touchpoint → unit rating), quantised; absent = not answered.
        public var survey: [String: Int64]

        public init(hash: UInt64, id: String, y: Int64, x: [String: Int64], survey: [String: Int64]) {
            self.hash = hash; self.id = id; self.y = y; self.x = x; self.survey = survey
        }

        var canonical: String {
            "\(y)|" + x.keys.sorted().map { "\($0)=\(x[$0]!)" }.joined(separator: ",") + "|"
                + survey.keys.sorted().map { "\($0)=\(survey[$0]!)" }.joined(separator: ",")
        }

        /// Total order: hash, then id, then the values (a duplicate record with equal values is kept once).
        static func precedes(_ a: Entry, _ b: Entry) -> Bool {
            if a.hash != b.hash { return a.hash < b.hash }
            if a.id != b.id { return a.id < b.id }
            return a.canonical < b.canonical
        }
    }

    public var entries: [Entry] = []
    public init() {}

    public static func hash(id: String, source: String) -> UInt64 { Hash.fnv1a(id + "\u{1F}" + source) }

    /// Inserts one entry in order (binary search), keeping the bottom `limit`; equal entries are kept once.
    mutating func add(_ entry: Entry, limit: Int) {
        if entries.count >= limit, let last = entries.last, !Entry.precedes(entry, last) { return }
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Entry.precedes(entries[mid], entry) { lo = mid + 1 } else { hi = mid }
        }
        if lo < entries.count, entries[lo] == entry { return }
        entries.insert(entry, at: lo)
        if entries.count > limit { entries.removeLast() }
    }

    private init(entries: [Entry]) { self.entries = entries }

    mutating func merge(_ o: RecordSample, limit: Int) {
        var all = entries + o.entries
        all.sort(by: Entry.precedes)
        var out: [Entry] = []
        out.reserveCapacity(min(all.count, limit))
        for e in all where out.last != e {
            out.append(e)
            if out.count == limit { break }
        }
        entries = out
    }
}

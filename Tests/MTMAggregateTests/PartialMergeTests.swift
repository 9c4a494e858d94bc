import MTMRecord
import MTMScoring
import Testing
@testable import MTMAggregate

/// Random scored records: unicode text, several mentions, segments, periods, ratings on two scales, survey
/// answers, stated importance, some records without ratings.
enum RandomCorpus {
    static let touchpoints = ["billing", "staff", "wifi", "room", "check-in"]
    static let words = ["slow", "café", "😡", "great", "naïve", "terrible", "ok", "日本", "lovely"]
    static let emotions = ["anger", "joy", "fear", "trust", "sadness"]

    static func records(_ count: Int, seed: UInt64) -> [ScoredRecord] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            var text = ""
            var mentions: [Mention] = []
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let tp = touchpoints.randomElement(using: &rng)!
                let start = text.utf8.count
                text += "The \(tp) was \(words.randomElement(using: &rng)!) \(words.randomElement(using: &rng)!). "
                let compound = (Double.random(in: -1...1, using: &rng) * 10_000).rounded() / 10_000
                var emo: [String: Double] = [:]
                if Bool.random(using: &rng) { emo[emotions.randomElement(using: &rng)!] = Double.random(in: 0.1...2, using: &rng) }
                mentions.append(Mention(touchpoint: tp, label: tp.uppercased(), stage: "s\(tp.count % 3)",
                                        stageIndex: tp.count % 3, handoff: tp == "billing", phrase: tp,
                                        utf8Range: (start + 4)..<(start + 4 + tp.utf8.count),
                                        clauseRange: start..<(text.utf8.count - 1), compound: compound,
                                        emotions: emo, promise: Int.random(in: 0..<5, using: &rng) == 0))
            }
            let scale: RatingScale = i % 4 == 0 ? .zeroToTen : .stars
            let rating: Double? = i % 7 == 0 ? nil
                : scale == .stars ? Double(Int.random(in: 1...5, using: &rng)) : Double(Int.random(in: 0...10, using: &rng))
            var survey: [TouchpointValue] = []
            if i % 3 == 0 {
                for tp in touchpoints.prefix(3) where Int.random(in: 0..<4, using: &rng) > 0 {
                    survey.append(TouchpointValue(touchpoint: tp, value: Double(Int.random(in: 1...5, using: &rng))))
                }
            }
            let record = FeedbackRecord(
                id: "r\(i)", source: i % 2 == 0 ? "a.csv" : "b.csv", line: i + 2, text: text, rating: rating,
                ratingScale: rating == nil ? nil : scale, period: i % 5 == 0 ? nil : "2024-0\(1 + i % 3)",
                segments: [Segment(name: "channel", value: ["app", "web", "phone"][i % 3])],
                touchpointRatings: survey,
                statedImportance: i % 6 == 0 ? [TouchpointValue(touchpoint: "staff", value: 0.1 * Double(i % 10))] : [])
            let c = (Double.random(in: -1...1, using: &rng) * 10_000).rounded() / 10_000
            return ScoredRecord(record: record, sentiment: SentimentScore(compound: c, pos: 0, neu: 1, neg: 0),
                                mentions: mentions)
        }
    }
}

struct PartialMergeTests {
    static func partial(_ records: some Sequence<ScoredRecord>, _ c: PartialConfiguration = .default) -> Partial {
        var p = Partial(configuration: c)
        for r in records { p.add(r) }
        return p
    }

    /// Splits the corpus into k random shards, merges the shard partials in a random tree order (after a JSON
    /// round trip each, as `mtm merge` does) and compares the bytes with one run over the whole corpus.
    @Test(arguments: [(2, 1), (3, 2), (5, 3), (8, 4), (13, 5)] as [(Int, UInt64)])
    func shardedMergeIsByteIdenticalToOneRun(shards k: Int, seed: UInt64) throws {
        let corpus = RandomCorpus.records(400, seed: seed)
        // Small bounds so that top-k quotes, phrases and the sample are actually cut.
        let c = PartialConfiguration(quoteLimit: 2, quoteLength: 24, phraseLimit: 3, sampleLimit: 50)
        let whole = Self.partial(corpus, c).jsonText
        var rng = SplitMix64(seed: seed &* 77)
        var buckets = [[ScoredRecord]](repeating: [], count: k)
        for r in corpus { buckets[Int.random(in: 0..<k, using: &rng)].append(r) }
        var parts = try buckets.map { try Partial(jsonText: Self.partial($0, c).jsonText) }
        while parts.count > 1 {
            parts.shuffle(using: &rng)
            let a = parts.removeLast(), b = parts.removeLast()
            parts.append(Bool.random(using: &rng) ? Partial.merged(a, b) : Partial.merged(b, a))
        }
        #expect(parts[0].jsonText == whole)
        #expect(parts[0] == Self.partial(corpus, c))
    }

    @Test func jsonRoundTripKeepsEverything() throws {
        let p = Self.partial(RandomCorpus.records(120, seed: 9))
        let text = p.jsonText
        let back = try Partial(jsonText: text, file: "p.json")
        #expect(back == p)
        #expect(back.jsonText == text)
        #expect(text.hasPrefix("{\"format\":\"mtm-partial\",\"version\":1,"))
    }

    @Test func emptyPartialMergesAsIdentity() throws {
        let p = Self.partial(RandomCorpus.records(60, seed: 4))
        #expect(Partial.merged(p, Partial()).jsonText == p.jsonText)
        #expect(Partial.merged(Partial(), p).jsonText == p.jsonText)
        let empty = try Partial(jsonText: Partial().jsonText)
        #expect(empty.overall.records == 0)
    }

    @Test func countsAndQuotesFollowTheRecords() throws {
        let text = "Check-in was slow 😡, but the staff were lovely."
        let clause1 = 0..<22, clause2 = 24..<text.utf8.count
        let m1 = Mention(touchpoint: "checkin", label: "Check-in", stage: "arrive", stageIndex: 1, handoff: false,
                         phrase: "check-in", utf8Range: 0..<8, clauseRange: clause1, compound: -0.6,
                         emotions: ["anger": 1])
        let m2 = Mention(touchpoint: "staff", label: "Staff", stage: "stay", stageIndex: 2, handoff: false,
                         phrase: "staff", utf8Range: 32..<37, clauseRange: clause2, compound: 0.7,
                         emotions: ["joy": 1, "trust": 0])
        let rec = FeedbackRecord(id: "x1", source: "s.csv", line: 3, text: text, rating: 4, ratingScale: .stars)
        var p = Partial()
        p.add(ScoredRecord(record: rec, sentiment: SentimentScore(compound: 0.2, pos: 0, neu: 1, neg: 0),
                           mentions: [m1, m2]))
        let checkin = try #require(p.overall.touchpoints["checkin"])
        #expect(checkin.negative == 1 && checkin.mentions == 1 && checkin.records == 1)
        #expect(checkin.negativeQuotes.first?.text == "Check-in was slow 😡")
        #expect(checkin.negativeQuotes.first?.recordID == "x1")
        #expect(checkin.emotions == ["anger": 1])
        #expect(p.overall.touchpoints["staff"]?.emotions == ["joy": 1])
        #expect(p.overall.touchpoints["staff"]?.positiveQuotes.first?.text == "but the staff were lovely.")
        #expect(p.overall.ratedRecords == 1 && p.overall.ratingSum.value == 0.75)
        #expect(checkin.rated.negative == 1 && checkin.rated.negativeSum.value == 0.75)
        #expect(p.text.n == 1 && p.text.crossSum("checkin", "staff").productValue == -0.42)
        #expect(p.ratingScales == ["1-5": 1])
    }

    @Test func quotesAreCutOnCharacterBoundaries() {
        let text = "ééééé 😡😡😡 done"
        let cut = Quote.cut(text, 0..<text.utf8.count, maxBytes: 12)
        #expect(cut.hasSuffix("…") && cut.utf8.count <= 12)
        #expect(Quote.cut(text, 5..<9999, maxBytes: 400) == String(decoding: Array(text.utf8)[6...], as: UTF8.self))
    }

    /// The quote cut reads only the clause's bytes; it must give what a cut over a copy of the whole text gives,
    /// for any range (inside characters, reversed, past the end) and any length limit.
    @Test func quoteCutMatchesACutOverTheWholeText() {
        func reference(_ text: String, _ range: Range<Int>, maxBytes: Int) -> String {
            let all = Array(text.utf8)
            var lower = min(max(0, range.lowerBound), all.count)
            var upper = min(max(lower, range.upperBound), all.count)
            while lower < all.count, all[lower] & 0xC0 == 0x80 { lower += 1 }
            while upper > lower, upper < all.count, all[upper] & 0xC0 == 0x80 { upper -= 1 }
            var clause = String(decoding: all[lower..<max(lower, upper)], as: UTF8.self)
            clause = String(clause.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
            if clause.utf8.count <= maxBytes { return clause }
            var cut = ""
            for ch in clause {
                if cut.utf8.count + ch.utf8.count > maxBytes - 3 { break }
                cut.append(ch)
            }
            return cut + "…"
        }
        let pieces = ["a", "word", " ", "  ", "\n", "\t", "é", "e\u{301}", "😡", "👩‍👩‍👧", "🇫🇷", "\u{A0}", "東京", "!"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let n = text.utf8.count
            let a = Int.random(in: -2...(n + 2), using: &rng), b = Int.random(in: -2...(n + 2), using: &rng)
            let range = min(a, b)..<max(a, b)
            let maxBytes = Int.random(in: 4...40, using: &rng)
            #expect(Quote.cut(text, range, maxBytes: maxBytes) == reference(text, range, maxBytes: maxBytes),
                    "\(text.debugDescription) \(range) \(maxBytes)")
        }
    }

    @Test func exactSumCarriesBeyond64Bits() throws {
        var s = ExactSum()
        for _ in 0..<4 { s.addProduct(FixedPoint.limit, FixedPoint.limit) }
        #expect(s.text.hasPrefix("x"))
        #expect(ExactSum(text: s.text) == s)
        var t = s
        for _ in 0..<4 { t.addProduct(-FixedPoint.limit, FixedPoint.limit) }
        #expect(t == .zero)
        #expect(ExactSum.difference(s, s) == .zero)
        #expect(ExactSum(-5).text == "-5" && ExactSum(text: "-5") == ExactSum(-5))
    }

    @Test(arguments: ["", "[]", "{\"format\":\"mtm-partial\",\"version\":99}", "{\"format\":\"other\"}",
                      "{\"format\":\"mtm-partial\",\"version\":1}"])
    func badPartialsAreRejectedWithTheFileName(_ text: String) {
        #expect(throws: AggregateError.self) { try Partial(jsonText: text, file: "bad.json") }
        do { _ = try Partial(jsonText: text, file: "bad.json") } catch {
            #expect(error.description.hasPrefix("bad.json"))
        }
    }
}

import Dispatch
import Foundation
import MTMAggregate
import MTMIngest
import MTMLexicon
import MTMRanking
import MTMRecord
import MTMReport
import MTMScoring
import MTMScrape
import MTMText

/// What `mtm analyze` loads once: the taxonomy, the sentiment engine, the tagger and the ranking weights.
struct AnalyzeSetup {
    let taxonomy: Taxonomy
    let engine: SentimentEngine
    let tagger: TouchpointTagger
    let ranking: RankingConfiguration

    init(taxonomy name: String, tables: TableOptions, model: SentimentModel, weights: String?, quiet: Bool) throws {
        let lexicons = tables.lexicons
        do { taxonomy = try TaxonomyCatalog(lexicons: lexicons).load(name) } catch { throw RunFailure(error.description) }
        let directory: URL
        do { directory = try LexiconLocator.directory(explicit: lexicons) } catch { throw RunFailure(error.description) }
        do {
            let (engine, findings) = try SentimentEngine.load(model: model, directory: directory)
            if !quiet { for finding in findings { StandardError.write("\(finding)\n") } }
            self.engine = engine
        } catch {
            throw RunFailure(error.description)
        }
        tagger = TouchpointTagger(taxonomy: taxonomy)
        ranking = try tables.configuration(weights: weights)
    }
}

/// Records in, scored chunks out: fixed-size chunks of the input go to `jobs` workers (each with its own
/// TextAnalyzer and its own partial per chunk); chunk results merge in input order, so the output does not depend
/// on the number of workers. Each chunk's record and mention rows go to the spools as it merges, so memory holds
/// only the records of one batch however large the input is.
struct AnalyzePipeline {
    /// Records per chunk: the unit of work and of merging (fixed, so results are the same for every --jobs).
    static let chunkSize = 256
    /// Chunks buffered per worker before a batch is processed (bounds memory while keeping workers busy).
    static let chunksPerWorker = 8

    let jobs: Int
    private let workers: [AnalyzeWorker]
    private var pending: [FeedbackRecord] = []
    private(set) var submitted = 0
    private(set) var result = AnalyzeResult()

    /// - Parameters:
    ///   - records, mentions: where the per-record and per-mention rows go (nil: not kept).
    init(jobs: Int, engine: SentimentEngine, tagger: TouchpointTagger, records: RowSpool?, mentions: RowSpool?) throws {
        self.jobs = jobs
        workers = try (0..<jobs).map { _ in try AnalyzeWorker(engine: engine, tagger: tagger) }
        result = AnalyzeResult(records: records, mentions: mentions)
    }

    mutating func add(_ record: FeedbackRecord) throws {
        pending.append(record)
        submitted += 1
        if pending.count >= jobs * Self.chunkSize * Self.chunksPerWorker { try flush() }
    }

    mutating func finish() throws {
        try flush()
        try result.finish()
    }

    private mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let records = pending
        let chunks = stride(from: 0, to: records.count, by: Self.chunkSize).map {
            records[$0..<min($0 + Self.chunkSize, records.count)]
        }
        var outputs = [AnalyzeChunk?](repeating: nil, count: chunks.count)
        let workers = self.workers
        let lanes = min(jobs, chunks.count)
        outputs.withUnsafeMutableBufferPointer { buffer in
            // Each chunk index is written by exactly one lane.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                var index = lane
                while index < chunks.count {
                    slots[index] = workers[lane].process(chunks[index])
                    index += lanes
                }
            }
        }
        for output in outputs { try result.absorb(output!) }
        pending.removeAll(keepingCapacity: true)
    }
}

/// One worker's handles: its own ICU text analyzer; the engine, clause scorer and tagger are immutable values.
final class AnalyzeWorker: @unchecked Sendable {
    private let analyzer: TextAnalyzer
    private let engine: SentimentEngine
    /// Mention clauses get sentiment and emotions (the engine's emotion scorer, when the lexicon has one).
    private let clauses: CompositeClauseScorer
    private let tagger: TouchpointTagger

    init(engine: SentimentEngine, tagger: TouchpointTagger) throws {
        do { analyzer = try TextAnalyzer() } catch { throw RunFailure(error.description) }
        self.engine = engine
        clauses = CompositeClauseScorer(sentiment: engine, emotions: engine.emotions)
        self.tagger = tagger
    }

    func process(_ records: ArraySlice<FeedbackRecord>) -> AnalyzeChunk {
        var chunk = AnalyzeChunk()
        for record in records {
            let analyzed = analyzer.analyze(record.text)
            let (sentiment, emotions, sentences) = engine.scoreWithEmotions(analyzed)
            let mentions = tagger.mentions(in: analyzed, scorer: clauses)
            let scored = ScoredRecord(record: record, sentiment: sentiment, emotions: emotions, sentences: sentences,
                                      mentions: mentions)
            chunk.partial.add(scored)
            chunk.add(scored)
        }
        return chunk
    }
}

/// One chunk's partial aggregate and its per-record rows.
struct AnalyzeChunk: Sendable {
    var partial = Partial()
    var records: [ReportDocument.RecordRow] = []
    var recordSegments: [[Segment]] = []
    var mentions: [ReportDocument.MentionRow] = []

    mutating func add(_ scored: ScoredRecord) {
        let r = scored.record
        var touchpoints: [String] = []
        for m in scored.mentions where !touchpoints.contains(m.touchpoint) { touchpoints.append(m.touchpoint) }
        records.append(ReportDocument.RecordRow(
            id: r.id, source: r.source, line: r.line, date: r.date, rating: r.rating,
            compound: scored.sentiment.compound, label: scored.sentiment.label.rawValue, touchpoints: touchpoints))
        recordSegments.append(r.segments)
        let utf8 = Array(r.text.utf8)
        for m in scored.mentions {
            let lo = max(0, min(m.clauseRange.lowerBound, utf8.count)), hi = max(lo, min(m.clauseRange.upperBound, utf8.count))
            let evidence = String(decoding: utf8[lo..<hi], as: UTF8.self)
            mentions.append(ReportDocument.MentionRow(
                recordID: r.id, touchpoint: m.touchpoint, label: m.label, stage: m.stage, phrase: m.phrase,
                start: m.utf8Range.lowerBound, end: m.utf8Range.upperBound, compound: m.compound,
                emotions: m.emotions.filter { $0.value > 0 }.keys.sorted(), negated: m.negated,
                evidence: evidence.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
}

/// The run so far: the merged partial, the segment columns seen, and every row written to the spools in input
/// order.
struct AnalyzeResult {
    var partial = Partial()
    var scored = 0
    /// Segment columns in order of first appearance.
    private(set) var segmentNames: [String] = []
    let records: RowSpool?
    let mentions: RowSpool?

    init(records: RowSpool? = nil, mentions: RowSpool? = nil) {
        self.records = records
        self.mentions = mentions
    }

    /// Merges a chunk and spools its rows. A record's row holds its values for the segment columns seen so far
    /// (its own among them); columns first seen later stay empty in it.
    mutating func absorb(_ chunk: AnalyzeChunk) throws {
        partial.merge(chunk.partial)
        scored += chunk.records.count
        for (row, segments) in zip(chunk.records, chunk.recordSegments) {
            for s in segments where !segmentNames.contains(s.name) { segmentNames.append(s.name) }
            guard let records else { continue }
            var row = row
            row.segments = segmentNames.map { name in segments.first { $0.name == name }?.value ?? "" }
            try records.append(ReportDocument.recordCells(row, segmentColumns: segmentNames.count))
        }
        if let mentions {
            for m in chunk.mentions { try mentions.append(ReportDocument.mentionCells(m)) }
        }
    }

    mutating func finish() throws {
        try records?.finishWriting()
        try mentions?.finishWriting()
    }
}

// MTMIngest — Stage 1, ingest: review exports (CSV/TSV/JSON/JSONL), surveys, plain text and interview transcripts
// become FeedbackRecords; every input record is read or rejected with its reason.
import MTMRecord

/// What a record source hands out, one at a time.
public enum IngestEvent: Sendable, Hashable {
    /// A usable input record.
    case record(FeedbackRecord)
    /// An input record that could not be used, with why; counts towards `read`.
    case rejected(Rejection)
    /// A problem that does not stop the run (the record it concerns is still delivered or rejected separately).
    case finding(Finding)
    /// A choice the reader made that the user should see and may correct (columns, scale, roles, encoding).
    case choice(IngestChoice)
}

/// A choice made while reading, e.g. `text column: "Review Text"` — printed by the CLI so the user can override it.
public struct IngestChoice: Sendable, Hashable, CustomStringConvertible {
    public var source: String
    /// What was chosen, e.g. `text column`, `rating scale`, `interviewer`.
    public var subject: String
    /// The choice, e.g. `"Review Text"`, `1-5 (detected)`.
    public var value: String
    /// The option that overrides it, e.g. `--text-column`.
    public var override: String?

    public init(source: String, subject: String, value: String, override: String? = nil) {
        self.source = source
        self.subject = subject
        self.value = value
        self.override = override
    }

    public var description: String {
        "\(source): \(subject): \(value)" + (override.map { " (change with \($0))" } ?? "")
    }
}

/// A stream of ingest events. Sources read lazily: one record in memory at a time (transcripts, which need the
/// whole conversation to assign roles, hold one file's turns).
public protocol RecordSource {
    /// The next event, or nil when the input is exhausted. Throws only for failures that stop the input.
    mutating func next() throws(IngestError) -> IngestEvent?
    /// Bytes of the input consumed so far (for a progress estimate against the file's size); nil when the source
    /// does not know.
    var bytesConsumed: Int? { get }
}

extension RecordSource {
    public var bytesConsumed: Int? { nil }
}

/// Counts that make `read N, accepted M, rejected K` with `N = M + K` hold.
public struct IngestCounts: Sendable, Hashable {
    public var records = 0
    public var rejected = 0
    public var findings = 0
    /// Findings and rejections by code (`unterminated-quote`, `bad-date`, ...), for a summary line instead of a
    /// flood when one problem repeats on every row.
    public var byCode: [String: Int] = [:]
    public var read: Int { records + rejected }

    public init() {}

    public mutating func count(_ event: IngestEvent) {
        switch event {
        case .record: records += 1
        case let .rejected(r): rejected += 1; byCode[r.finding.code, default: 0] += 1
        case let .finding(f): findings += 1; byCode[f.code, default: 0] += 1
        case .choice: break
        }
    }
}

/// Turns every finding and rejection of `base` into a thrown `IngestError.strict` (`--strict`).
public struct StrictSource<Base: RecordSource>: RecordSource {
    public var base: Base
    public init(_ base: Base) { self.base = base }
    public var bytesConsumed: Int? { base.bytesConsumed }

    public mutating func next() throws(IngestError) -> IngestEvent? {
        let event = try base.next()
        switch event {
        case let .finding(finding) where finding.code != "encoding-detected": throw IngestError.strict(finding)
        case let .rejected(rejection): throw IngestError.strict(rejection.finding)
        default: return event
        }
    }
}

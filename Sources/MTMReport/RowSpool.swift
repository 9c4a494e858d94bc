import Foundation

/// A table's rows kept in a file instead of memory: appended in order while a run scores its records, read back
/// in the same order by the CSV and XLSX writers. The per-record and per-mention tables grow with the input, so
/// they are spooled; memory then stays flat however large the input is.
///
/// The file holds each row as its cell count (UInt32) and per cell a tag byte and its value (text: UInt32 length
/// and UTF-8; integer: Int64; number: the Double's bits), little-endian — lossless, so every writer renders
/// exactly what it would from rows in memory. One writer appends (not thread-safe); reading starts after
/// `finishWriting()`.
public final class RowSpool: @unchecked Sendable, Hashable {
    public let url: URL
    /// Rows appended so far.
    public private(set) var count = 0
    private var sink: FileSink?
    private var scratch: [UInt8] = []

    private enum Tag: UInt8 { case empty = 0, text = 1, integer = 2, number = 3 }

    /// Creates (or truncates) the spool file at `url`.
    public init(url: URL) throws {
        self.url = url
        sink = try FileSink(url: url)
    }

    public func append(_ row: [ReportCell]) throws {
        guard let sink else { preconditionFailure("RowSpool \(url.path): append after finishWriting()") }
        scratch.removeAll(keepingCapacity: true)
        Self.put(UInt32(row.count), into: &scratch)
        for cell in row {
            switch cell {
            case .empty:
                scratch.append(Tag.empty.rawValue)
            case .text(let s):
                scratch.append(Tag.text.rawValue)
                Self.put(UInt32(s.utf8.count), into: &scratch)
                scratch.append(contentsOf: s.utf8)
            case .integer(let v):
                scratch.append(Tag.integer.rawValue)
                Self.put(UInt64(bitPattern: Int64(v)), into: &scratch)
            case .number(let v):
                scratch.append(Tag.number.rawValue)
                Self.put(v.bitPattern, into: &scratch)
            }
        }
        try sink.write(scratch)
        count += 1
    }

    /// Flushes and closes the file; the spool can be read from then on. Calling it again does nothing.
    public func finishWriting() throws {
        try sink?.close()
        sink = nil
    }

    /// Calls `body` with each row in order, up to `limit` rows.
    public func forEachRow(limit: Int = .max, _ body: ([ReportCell]) throws -> Void) throws {
        try finishWriting()
        guard limit > 0 else { return }
        let source = try FileSource(url: url)
        var done = 0
        var row: [ReportCell] = []
        while done < limit, try source.ensure(4) {
            let cells = Int(source.takeUInt32())
            row.removeAll(keepingCapacity: true)
            for _ in 0..<cells {
                guard try source.ensure(1), let tag = Tag(rawValue: source.takeByte()) else { throw corrupt() }
                switch tag {
                case .empty:
                    row.append(.empty)
                case .text:
                    guard try source.ensure(4) else { throw corrupt() }
                    let length = Int(source.takeUInt32())
                    guard try source.ensure(length) else { throw corrupt() }
                    row.append(.text(String(decoding: source.take(length), as: UTF8.self)))
                case .integer:
                    guard try source.ensure(8) else { throw corrupt() }
                    row.append(.integer(Int(Int64(bitPattern: source.takeUInt64()))))
                case .number:
                    guard try source.ensure(8) else { throw corrupt() }
                    row.append(.number(Double(bitPattern: source.takeUInt64())))
                }
            }
            try body(row)
            done += 1
        }
        guard done == min(limit, count) else { throw corrupt() }
    }

    private func corrupt() -> ReportError {
        ReportError.cannotWrite(url.path, "the temporary row file was cut short or changed while mtm was running")
    }

    private static func put(_ value: UInt32, into bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private static func put(_ value: UInt64, into bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public static func == (a: RowSpool, b: RowSpool) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

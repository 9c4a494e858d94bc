import MTMRecord

/// An RFC 4180 reader: quoted fields with embedded delimiters, newlines and doubled quotes; LF, CRLF or lone-CR
/// line ends, mixed within a file; any single-byte delimiter. Streams over a `ByteStream`.
///
/// A lone quote would otherwise swallow the rest of the file. A quoted field that runs past
/// `maximumQuotedFieldLines` lines, or past the end of input, is taken as unterminated: the record is rejected with
/// the line its quote opened on, and the lines after that line are read again as records.
public final class CSVReader {
    /// A quoted field spanning more lines than this is taken as an unterminated quote. Real multi-line review texts
    /// run to dozens of lines; 10,000 leaves room while still catching a lone quote in a large file.
    public static let maximumQuotedFieldLines = 10_000
    /// A field longer than this many bytes ends the record as unusable (memory stays bounded). 64 MiB: far above a
    /// real review, and a 10 MB field is still read.
    public static let maximumFieldBytes = 64 << 20

    public enum Row {
        /// The fields of a record and the 1-based line it started on.
        case fields([String], line: Int)
        /// Input that could not be read as a record.
        case rejected(Rejection)
    }

    public let stream: ByteStream
    public var source: String { stream.source }
    public let delimiter: UInt8
    /// Problems met in rows that were still delivered (stray quotes, undecodable bytes).
    public var findings: [Finding] = []
    /// 1-based line of the next unread byte.
    @exclusivity(unchecked) public private(set) var line = 1

    /// Reused buffers; exclusivity is not checked at run time (only `readRecord` touches them, never re-entrantly).
    @exclusivity(unchecked) private var field: [UInt8] = []
    @exclusivity(unchecked) private var raw: [UInt8] = []

    /// Reads from the current position of `stream`; `firstLine` is the line number there (2 after a skipped line).
    public init(stream: ByteStream, delimiter: UInt8, firstLine: Int = 1) {
        self.stream = stream
        self.delimiter = delimiter
        line = firstLine
        findings = stream.notes
    }

    /// Excel's `sep=;` first line, which names the delimiter: the delimiter, or nil when `sample` does not start so.
    public static func excelSeparatorLine(_ sample: ArraySlice<UInt8>) -> UInt8? {
        let prefix = Array(sample.prefix(6))
        guard prefix.count >= 5, prefix[0...3] == Array("sep=".utf8)[...], prefix.count == 5 || prefix[5] == 0x0A || prefix[5] == 0x0D
        else { return nil }
        return prefix[4]
    }

    /// Consumes the rest of the current line (used to skip a `sep=` line).
    public func skipLine() {
        while let byte = stream.next() {
            if byte == 0x0A { break }
            if byte == 0x0D { if !peekIsNotLF() { _ = stream.next() }; break }
        }
        line += 1
    }

    /// The next row, or nil at the end of input. Blank lines are skipped.
    public func nextRow() -> Row? {
        while true {
            guard let result = readRecord() else { return nil }
            if case .fields = result, raw.isEmpty { continue }
            return result
        }
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private func readRecord() -> Row? {
        let startLine = line
        var fields: [String] = []
        var state = State.fieldStart
        var quoteLine = 0
        var quoteRawOffset = 0
        var quotedLines = 0
        var sawAny = false
        raw.removeAll(keepingCapacity: true)
        field.removeAll(keepingCapacity: true)

        func endField() {
            fields.append(decode(field, fieldIndex: fields.count, startLine: startLine))
            field.removeAll(keepingCapacity: true)
        }

        while true {
            if state == .quoted || state == .unquoted, copyRun(quoted: state == .quoted) {
                sawAny = true
                if field.count > Self.maximumFieldBytes { return oversized(recordLine: startLine) }
            }
            guard let byte = stream.next() else { break }
            sawAny = true
            raw.append(byte)
            if state != .quoted {
                // Outside quotes (including just after a closing quote) delimiters and line ends end things.
                if byte == delimiter {
                    endField()
                    state = .fieldStart
                    continue
                }
                if byte == 0x0A || byte == 0x0D {
                    endRecordLine(byte)
                    endField()
                    return .fields(fields, line: startLine)
                }
            }
            switch state {
            case .quoted:
                if byte == UInt8(ascii: "\"") {
                    state = .quoteInQuoted
                } else {
                    field.append(byte)
                    if byte == 0x0A || (byte == 0x0D && peekIsNotLF()) {
                        line += 1
                        quotedLines += 1
                        if quotedLines > Self.maximumQuotedFieldLines {
                            return unterminatedQuote(openedOn: quoteLine, rawOffset: quoteRawOffset, recordLine: startLine,
                                                     reason: "a quoted field ran past \(Self.maximumQuotedFieldLines) lines")
                        }
                    }
                    if field.count > Self.maximumFieldBytes {
                        return oversized(recordLine: startLine)
                    }
                }
            case .quoteInQuoted:
                if byte == UInt8(ascii: "\"") {
                    field.append(byte)
                    state = .quoted
                } else {
                    // `"abc"def`: keep the stray text, as spreadsheets do, and say so.
                    findings.append(Finding(.warning, code: "stray-quote", source: source, line: line,
                                            field: "field \(fields.count + 1)",
                                            message: "text follows a closing quote; kept as part of the field",
                                            hint: "double the quote (\"\") inside quoted fields"))
                    field.append(byte)
                    state = .unquoted
                }
            case .fieldStart, .unquoted:
                if byte == UInt8(ascii: "\"") && state == .fieldStart {
                    state = .quoted
                    quoteLine = line
                    quoteRawOffset = raw.count - 1
                } else {
                    field.append(byte)
                    state = .unquoted
                    if field.count > Self.maximumFieldBytes { return oversized(recordLine: startLine) }
                }
            }
        }
        guard sawAny else { return nil }
        if state == .quoted {
            return unterminatedQuote(openedOn: quoteLine, rawOffset: quoteRawOffset, recordLine: startLine,
                                     reason: "the input ended inside a quoted field")
        }
        endField()
        line += 1
        return .fields(fields, line: startLine)
    }

    /// Copies the run of ordinary bytes at the read position (up to a quote or line end inside quotes, up to a
    /// delimiter or line end outside) into the field in one go. True when it copied anything.
    private func copyRun(quoted: Bool) -> Bool {
        let start = stream.index
        let end = stream.buffer.count
        guard start < end else { return false }
        let delimiter = self.delimiter
        let stop = stream.buffer.withUnsafeBufferPointer { buffer -> Int in
            var i = start
            if quoted {
                while i < end { let b = buffer[i]; if b == 0x22 || b == 0x0A || b == 0x0D { break }; i += 1 }
            } else {
                while i < end { let b = buffer[i]; if b == delimiter || b == 0x0A || b == 0x0D { break }; i += 1 }
            }
            return i
        }
        guard stop > start else { return false }
        field.append(contentsOf: stream.buffer[start..<stop])
        raw.append(contentsOf: stream.buffer[start..<stop])
        stream.index = stop
        return true
    }

    /// After a CR, whether the next byte is not LF (a lone CR ends a line by itself).
    private func peekIsNotLF() -> Bool {
        if stream.index >= stream.buffer.count, !stream.refill() { return true }
        return stream.buffer[stream.index] != 0x0A
    }

    /// Consumes the LF of a CRLF and counts the line.
    private func endRecordLine(_ byte: UInt8) {
        raw.removeLast()
        if byte == 0x0D, !peekIsNotLF() { _ = stream.next() }
        line += 1
    }

    private func decode(_ bytes: [UInt8], fieldIndex: Int, startLine: Int) -> String {
        if stream.takeReplacements(before: stream.offset) > 0 {
            findings.append(Finding.undecodable(source: source, line: startLine, field: "field \(fieldIndex + 1)",
                                                encoding: stream.encoding))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        findings.append(Finding.undecodable(source: source, line: startLine, field: "field \(fieldIndex + 1)",
                                            encoding: stream.encoding))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Rejects the lines from the record's start through the line the quote opened on, and puts the rest back to
    /// be read again as records.
    private func unterminatedQuote(openedOn quoteLine: Int, rawOffset: Int, recordLine: Int, reason: String) -> Row {
        var end = rawOffset
        while end < raw.count, raw[end] != 0x0A, raw[end] != 0x0D { end += 1 }
        let rejected = Array(raw[0..<end])
        if end < raw.count {
            if raw[end] == 0x0D, end + 1 < raw.count, raw[end + 1] == 0x0A { end += 1 }
            end += 1
        }
        stream.unread(Array(raw[end...]))
        line = quoteLine + 1
        let finding = Finding(.error, code: "unterminated-quote", source: source, line: quoteLine,
                              message: "\(reason): the quote that opened on line \(quoteLine) is never closed",
                              hint: "close the quote or double it (\"\") if it is part of the text; the lines after it were read again")
        _ = recordLine
        return .rejected(Rejection(finding, raw: String(decoding: rejected, as: UTF8.self)))
    }

    /// Skips the rest of a record whose field exceeds `maximumFieldBytes`.
    private func oversized(recordLine: Int) -> Row {
        let preview = String(decoding: raw.prefix(Rejection.rawTextLimit * 4), as: UTF8.self)
        // Drop the rest of the physical line so reading can go on.
        while let byte = stream.next() {
            if byte == 0x0A { break }
            if byte == 0x0D { if !peekIsNotLF() { _ = stream.next() }; break }
        }
        line += 1
        raw.removeAll()
        field.removeAll()
        let finding = Finding(.error, code: "field-too-large", source: source, line: recordLine,
                              message: "a field is larger than \(Self.maximumFieldBytes >> 20) MiB",
                              hint: "split the text, or check for a missing closing quote")
        return .rejected(Rejection(finding, raw: preview))
    }
}

import MTMRecord

/// Reads an input line by line over a `ByteStream`, so memory stays flat however large the input. Lines end at LF,
/// CRLF or a lone CR; the terminator is not returned. Invalid UTF-8 (or bytes the chosen encoding cannot decode) is
/// replaced with U+FFFD and reported as a finding with its line.
public final class LineReader {
    public let stream: ByteStream
    public var source: String { stream.source }
    /// 1-based number of the line most recently returned.
    public private(set) var lineNumber = 0
    /// Decoding findings met so far.
    public private(set) var findings: [Finding] = []

    @exclusivity(unchecked) private var line: [UInt8] = []
    private var skipLF = false

    /// Opens `path`; `-` reads standard input. Input is UTF-8 unless `encoding` or a byte-order mark says
    /// otherwise (no guessing: `InputOpener` does that for ingest).
    public convenience init(path: String, encoding: String? = nil) throws(IngestError) {
        self.init(stream: try ByteStream(path: path, encoding: encoding, guessesEncoding: false))
    }

    public init(stream: ByteStream) {
        self.stream = stream
        findings = stream.notes
    }

    /// The next line as raw (UTF-8) bytes, or nil at the end of input. Scans the stream's chunk for the line end and
    /// copies the line in one piece (a byte-at-a-time loop cost about 45 instructions per byte).
    public func nextLineBytes() -> [UInt8]? {
        line.removeAll(keepingCapacity: true)
        var sawAny = false
        while stream.index < stream.buffer.count || stream.refill() {
            if skipLF {
                skipLF = false
                if stream.buffer[stream.index] == 0x0A { stream.index += 1; continue }
            }
            sawAny = true
            let start = stream.index
            let end = stream.buffer.withUnsafeBufferPointer { Self.lineEnd(in: $0, from: start) }
            line.append(contentsOf: stream.buffer[start..<(end ?? stream.buffer.count)])
            guard let end else { stream.index = stream.buffer.count; continue }
            stream.index = end + 1
            skipLF = stream.buffer[end] == 0x0D
            lineNumber += 1
            return line
        }
        guard sawAny else { return nil }
        lineNumber += 1
        return line
    }

    /// Bytes below this (LF 0x0A and CR 0x0D among them, but also tab) make a word of the line-end scan be looked at
    /// byte by byte.
    private static let scanLimit: UInt64 = UInt64(0x0D) + 1
    /// 0x01 and 0x80 in every byte of a word.
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first LF or CR in `chunk` from `start`, or nil. Eight bytes at a time: a word none of whose
    /// bytes is below `scanLimit` holds no line end (`(w − 0x01…·n) & ~w & 0x80…` is non-zero exactly when some
    /// byte of w is below n, for n ≤ 128), so only words with such a byte are scanned byte by byte (a plain byte
    /// loop cost about 9 instructions per byte).
    static func lineEnd(in chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let wordSize = MemoryLayout<UInt64>.size
        if let base = chunk.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + wordSize <= chunk.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (word &- lowBits &* scanLimit) & ~word & highBits != 0 {
                    for j in i..<(i + wordSize) where chunk[j] == 0x0A || chunk[j] == 0x0D { return j }
                }
                i += wordSize
            }
        }
        while i < chunk.count {
            if chunk[i] == 0x0A || chunk[i] == 0x0D { return i }
            i += 1
        }
        return nil
    }

    /// Whether every byte is below 0x80, eight bytes at a time.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let wordSize = MemoryLayout<UInt64>.size
            var i = 0, seen: UInt64 = 0
            while i + wordSize <= raw.count {
                seen |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                i += wordSize
            }
            while i < raw.count { seen |= UInt64(raw[i]); i += 1 }
            return seen & highBits == 0
        }
    }

    /// Findings met since the last call (they stay in `findings` too).
    public func takeFindings() -> [Finding] {
        defer { taken = findings.count }
        return Array(findings[taken...])
    }
    private var taken = 0

    /// The next line as text, or nil at the end of input.
    public func nextLine() -> String? {
        guard let bytes = nextLineBytes() else { return nil }
        return text(of: bytes)
    }

    /// Decodes a line's bytes, recording a finding when they are not valid.
    func text(of bytes: [UInt8]) -> String {
        let replaced = stream.takeReplacements(before: stream.offset)
        if replaced > 0 {
            findings.append(Finding.undecodable(source: source, line: lineNumber, encoding: stream.encoding))
        }
        // Most lines are ASCII, which is valid UTF-8 as it stands: `String(decoding:)` then has nothing to repair.
        // (`String(validating:as:)` goes through the generic validator, about 12 instructions per byte.)
        if Self.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        findings.append(Finding.undecodable(source: source, line: lineNumber, encoding: stream.encoding))
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Finding {
    /// Bytes that are not valid in the input's encoding were replaced with U+FFFD.
    static func undecodable(source: String, line: Int, column: Int? = nil, field: String? = nil,
                            encoding: String) -> Finding {
        Finding(.warning, code: "undecodable-bytes", source: source, line: line, column: column, field: field,
                message: "bytes that are not valid \(encoding) were replaced with U+FFFD",
                hint: "if the file is in another encoding, name it with --encoding (e.g. windows-1252, utf-16)")
    }
}

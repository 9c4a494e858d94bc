#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MTMRecord
import MTMText

/// Reads a file (or standard input) in fixed-size chunks and hands out UTF-8 bytes, so memory stays flat however
/// large the input. The encoding is taken from `--encoding`, else a byte-order mark (UTF-8, UTF-16, UTF-32), else
/// UTF-8 when the first chunk is valid UTF-8, else ICU's guess (Excel's Windows-1252 in practice); anything but
/// UTF-8 is converted with ICU (`TextDecoder`). A UTF-8 byte-order mark is dropped.
public final class ByteStream {
    /// Bytes read per `fread` call.
    public static let chunkSize = 1 << 16
    /// ICU's charset guess must reach this confidence (0–100) to be used; below it the input is read as
    /// Windows-1252, the usual encoding of non-UTF-8 spreadsheet exports. 10 is ICU's own "weak" floor.
    public static let minimumGuessConfidence = 10

    public let source: String
    /// The encoding the input is read in (`UTF-8`, or ICU's name of the converter).
    public private(set) var encoding = "UTF-8"
    /// True when the first chunk looks like a binary file (NUL bytes without a UTF-16/32 byte-order mark).
    public private(set) var looksBinary = false
    /// Notes about how the input was read (a detected encoding), for the CLI to print.
    public private(set) var notes: [Finding] = []

    /// The current chunk of UTF-8 and the read position in it.
    /// Hot path: exclusivity is not checked at run time (only this class mutates them, never re-entrantly).
    @exclusivity(unchecked) var buffer: [UInt8] = []
    @exclusivity(unchecked) var index = 0
    /// Absolute UTF-8 offset of `buffer[0]`.
    @exclusivity(unchecked) private(set) var bufferStart = 0

    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var raw = [UInt8](repeating: 0, count: ByteStream.chunkSize)
    private var decoder: TextDecoder?
    private var atEnd = false
    /// Absolute UTF-8 offsets where ICU replaced undecodable bytes with U+FFFD, oldest first.
    private var replacements: [Int] = []
    private var replacementsRead = 0
    private let guessesEncoding: Bool
    /// Bytes read from the file so far, and the length of the byte-order mark dropped at the start.
    private var rawBytesRead = 0
    private var markLength = 0

    /// Opens `path` (`-` is standard input). `encoding` forces an encoding (any ICU name; `utf-8` reads as is).
    /// Without `guessesEncoding`, input without a byte-order mark is read as UTF-8 (invalid bytes become U+FFFD
    /// findings) and no binary check is made.
    public init(path: String, encoding: String? = nil, guessesEncoding: Bool = true) throws(IngestError) {
        self.guessesEncoding = guessesEncoding
        source = path
        if path == "-" {
            file = fdopen(0, "rb")!
            ownsFile = false
        } else {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw IngestError.cannotOpen(path: path, reason: "it is a directory")
            }
            guard let handle = fopen(path, "rb") else {
                throw IngestError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            file = handle
            ownsFile = true
        }
        try start(forcedEncoding: encoding)
    }

    deinit {
        if ownsFile { fclose(file) }
    }

    private func readRaw() -> Int {
        if atEnd { return 0 }
        let count = raw.withUnsafeMutableBytes { fread($0.baseAddress, 1, ByteStream.chunkSize, file) }
        if count == 0 { atEnd = true }
        rawBytesRead += count
        return count
    }

    /// Reads the first chunk and settles the encoding.
    private func start(forcedEncoding: String?) throws(IngestError) {
        var count = readRaw()
        var skip = 0
        if let forced = forcedEncoding, !Self.isUTF8(forced) {
            decoder = try Self.openDecoder(forced, source: source)
        } else if let (name, length) = raw.withUnsafeBytes({ TextDecoder.signature(of: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }) {
            skip = length
            if !Self.isUTF8(name) { decoder = try Self.openDecoder(name, source: source) }
        } else if forcedEncoding == nil, guessesEncoding, count > 0 {
            let sample = raw[0..<count]
            if sample.contains(0) {
                looksBinary = true
            } else if !Self.isValidUTF8Prefix(sample, complete: count < Self.chunkSize) {
                let guess = raw.withUnsafeBytes { TextDecoder.guessEncoding(of: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                var name = "windows-1252"
                if let guess, guess.confidence >= Self.minimumGuessConfidence, !Self.isUTF8(guess.encoding),
                   !guess.encoding.hasPrefix("ISO-8859-1") {
                    name = guess.encoding
                }
                decoder = try Self.openDecoder(name, source: source)
                notes.append(Finding(.warning, code: "encoding-detected", source: source,
                                     message: "the input is not valid UTF-8; reading it as \(name)",
                                     hint: "if characters look wrong, name the encoding with --encoding"))
            }
        }
        if let decoder { encoding = decoder.encodingName }
        markLength = skip
        if skip > 0 { raw.removeFirst(skip); raw.append(contentsOf: repeatElement(0, count: skip)); count -= skip }
        load(rawCount: count)
    }

    private static func openDecoder(_ name: String, source: String) throws(IngestError) -> TextDecoder {
        do { return try TextDecoder(encoding: name) } catch {
            throw IngestError.unknownEncoding(path: source, name: name)
        }
    }

    static func isUTF8(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "utf-8" || lower == "utf8"
    }

    /// True when `bytes` are valid UTF-8, allowing a sequence cut by the chunk end unless `complete`.
    static func isValidUTF8Prefix(_ bytes: ArraySlice<UInt8>, complete: Bool) -> Bool {
        var slice = bytes
        if !complete {
            // Drop up to three trailing bytes of an unfinished sequence.
            var back = 0
            while back < 3, let last = slice.last, last & 0xC0 == 0x80 { slice = slice.dropLast(); back += 1 }
            if let last = slice.last, last >= 0xC0 { slice = slice.dropLast() }
        }
        return String(validating: slice, as: UTF8.self) != nil
    }

    private func load(rawCount: Int) {
        bufferStart += buffer.count
        buffer.removeAll(keepingCapacity: true)
        index = 0
        if let decoder {
            let base = bufferStart
            let found = raw.withUnsafeBytes {
                decoder.decode(UnsafeRawBufferPointer(rebasing: $0[0..<rawCount]), flush: rawCount == 0, into: &buffer)
            }
            replacements.append(contentsOf: found.map { $0 + base })
        } else {
            buffer.append(contentsOf: raw[0..<rawCount])
        }
    }

    /// Loads the next chunk once the current one is used up. False at the end of input.
    func refill() -> Bool {
        while index >= buffer.count {
            if atEnd && decoder == nil { return false }
            let wasAtEnd = atEnd
            let count = readRaw()
            if count == 0 && wasAtEnd { return false }
            load(rawCount: count)
            if count == 0 && buffer.isEmpty { return false }
        }
        return true
    }

    /// The next byte, or nil at the end of input.
    @inline(__always)
    func next() -> UInt8? {
        if index >= buffer.count, !refill() { return nil }
        let byte = buffer[index]
        index += 1
        return byte
    }

    /// Absolute UTF-8 offset of the next byte.
    var offset: Int { bufferStart + index }

    /// Bytes of the input consumed so far, for progress: the file position of the next unread byte for UTF-8
    /// input (byte-order mark included); for converted input, the bytes handed to the converter (at most one
    /// chunk ahead of the reader). Equals the input's size once everything has been read.
    public var bytesConsumed: Int { decoder == nil ? markLength + offset : rawBytesRead }

    /// Reads and drops whatever is left (what a reader leaves after its last record: trailing white space after a
    /// JSON array), so that `bytesConsumed` ends at the input's size.
    func skipToEnd() {
        while refill() { index = buffer.count }
    }

    /// Puts `bytes` back in front of the unread input (used to re-read lines swallowed by an unterminated quote).
    func unread(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        buffer = bytes + buffer[index...]
        bufferStart = offset - bytes.count
        index = 0
    }

    /// How many undecodable byte sequences ICU replaced before absolute `offset` since the last call.
    func takeReplacements(before offset: Int) -> Int {
        var count = 0
        while replacementsRead < replacements.count, replacements[replacementsRead] < offset {
            replacementsRead += 1
            count += 1
        }
        if replacementsRead > 1024 { replacements.removeFirst(replacementsRead); replacementsRead = 0 }
        return count
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MTMRecord

/// Reads a file (or standard input) line by line in fixed-size chunks, so memory stays flat however large the
/// input. Lines end at LF, CRLF or a lone CR; the terminator is not returned. Invalid UTF-8 is replaced with U+FFFD
/// and reported as a finding with its line.
public final class LineReader {
    /// Bytes read per `fread` call.
    public static let chunkSize = 1 << 16

    public let source: String
    /// 1-based number of the line most recently returned.
    public private(set) var lineNumber = 0
    /// Invalid-UTF-8 findings met so far.
    public private(set) var findings: [Finding] = []

    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var chunk = [UInt8](repeating: 0, count: LineReader.chunkSize)
    private var chunkCount = 0
    private var chunkIndex = 0
    private var atEnd = false
    private var skipLF = false
    private var line: [UInt8] = []

    /// Opens `path`; `-` reads standard input.
    public init(path: String) throws(IngestError) {
        source = path
        if path == "-" {
            file = fdopen(0, "rb")!
            ownsFile = false
        } else {
            guard let handle = fopen(path, "rb") else {
                throw IngestError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            file = handle
            ownsFile = true
        }
    }

    deinit {
        if ownsFile { fclose(file) }
    }

    /// The next line as raw bytes, or nil at the end of input.
    public func nextLineBytes() -> [UInt8]? {
        line.removeAll(keepingCapacity: true)
        while true {
            if chunkIndex == chunkCount {
                if atEnd { break }
                chunkCount = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, LineReader.chunkSize, file) }
                chunkIndex = 0
                if chunkCount == 0 { atEnd = true; break }
            }
            let byte = chunk[chunkIndex]
            chunkIndex += 1
            if skipLF {
                skipLF = false
                if byte == 0x0A { continue }
            }
            if byte == 0x0A { lineNumber += 1; return line }
            if byte == 0x0D { skipLF = true; lineNumber += 1; return line }
            line.append(byte)
        }
        if line.isEmpty && atEnd && chunkIndex == chunkCount {
            return nil
        }
        lineNumber += 1
        return line
    }

    /// The next line decoded as UTF-8, or nil at the end of input. A UTF-8 byte-order mark on line 1 is dropped.
    public func nextLine() -> String? {
        guard var bytes = nextLineBytes() else { return nil }
        if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        findings.append(Finding(.warning, code: "invalid-utf8", source: source, line: lineNumber,
                                message: "bytes that are not valid UTF-8 were replaced with U+FFFD",
                                hint: "if the file is not UTF-8, name its encoding with --encoding (e.g. windows-1252)"))
        return String(decoding: bytes, as: UTF8.self)
    }
}

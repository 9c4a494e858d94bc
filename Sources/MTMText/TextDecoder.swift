internal import CICU

/// Converts text in any encoding ICU's `ucnv` knows (UTF-16, Windows-1252, Latin-1, ...) to UTF-8, chunk by chunk,
/// so a file of any size streams through a fixed amount of memory. Bytes that cannot be decoded become U+FFFD and
/// their positions in the output are reported, so the caller can name the line they were on.
///
/// Owns one ICU converter (freed in `deinit`); converters keep state between chunks and are not thread-safe, so use
/// one decoder per input.
public final class TextDecoder {
    /// The encoding as ICU names it (e.g. `UTF-16LE`, `ibm-5348_P100-1997` for windows-1252).
    public let encodingName: String
    private let converter: OpaquePointer
    /// UTF-16 produced by ICU for the current chunk, reused across calls.
    private var utf16: [UInt16] = []
    /// A high surrogate left at the end of the previous chunk's UTF-16.
    private var pendingHighSurrogate: UInt16?
    /// A valid pointer for empty input (ICU wants non-null source pointers).
    nonisolated(unsafe) private static let emptyInput = UnsafeMutablePointer<CChar>.allocate(capacity: 1)

    /// Opens a converter for `encoding` (any ICU alias: `utf-16`, `windows-1252`, `latin1`, `iso-8859-1`, ...).
    public init(encoding: String) throws(TextError) {
        var status = U_ZERO_ERROR
        let handle = ucnv_open(encoding, &status)
        guard status.rawValue <= 0, let handle else {
            if let handle { ucnv_close(handle) }
            throw TextError.unknownEncoding(encoding)
        }
        converter = handle
        // Stop at undecodable bytes instead of silently substituting, so each one can be counted and located.
        ucnv_setToUCallBack(handle, UCNV_TO_U_CALLBACK_STOP, nil, nil, nil, &status)
        let name = ucnv_getName(handle, &status)
        encodingName = name.map { String(cString: $0) } ?? encoding
    }

    deinit {
        ucnv_close(converter)
    }

    /// Decodes `input` and appends UTF-8 to `output`. `flush` marks the last chunk (a truncated sequence at the end
    /// is then undecodable). Returns the offsets in `output` (absolute) where U+FFFD replaced undecodable bytes.
    @discardableResult
    public func decode(_ input: UnsafeRawBufferPointer, flush: Bool, into output: inout [UInt8]) -> [Int] {
        var replaced: [Int] = []
        let capacity = max(1024, input.count + 16)
        if utf16.count < capacity { utf16 = [UInt16](repeating: 0, count: capacity) }
        let handle = converter
        let base = input.baseAddress?.assumingMemoryBound(to: CChar.self) ?? UnsafePointer(Self.emptyInput)
        var source: UnsafePointer<CChar>? = base
        let sourceLimit = base + input.count
        while true {
            var status = U_ZERO_ERROR
            let produced: Int = utf16.withUnsafeMutableBufferPointer { buffer in
                var target: UnsafeMutablePointer<UChar>? = buffer.baseAddress
                ucnv_toUnicode(handle, &target, buffer.baseAddress! + buffer.count, &source, sourceLimit, nil,
                               UBool(flush ? 1 : 0), &status)
                return target! - buffer.baseAddress!
            }
            appendUTF8(utf16[0..<produced], to: &output)
            if status == U_BUFFER_OVERFLOW_ERROR { continue }
            if status.rawValue > 0 {
                // An illegal, unassigned or truncated sequence: ICU has skipped it; mark it and carry on.
                replaced.append(output.count)
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                if source! < sourceLimit { continue }
            }
            break
        }
        if flush, pendingHighSurrogate != nil {
            pendingHighSurrogate = nil
            replaced.append(output.count)
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
        return replaced
    }

    /// Appends UTF-16 code units as UTF-8, holding a trailing high surrogate for the next chunk.
    private func appendUTF8(_ units: ArraySlice<UInt16>, to output: inout [UInt8]) {
        var slice = units
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            slice = [high] + slice
        }
        if let last = slice.last, UTF16.isLeadSurrogate(last) {
            pendingHighSurrogate = last
            slice = slice.dropLast()
        }
        _ = transcode(slice.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) {
            output.append($0)
        }
    }

    /// The encoding named by a byte-order mark at the start of `prefix` (`UTF-8`, `UTF-16LE`, `UTF-16BE`,
    /// `UTF-32LE`, ...) and the mark's length in bytes; nil without a mark.
    public static func signature(of prefix: UnsafeRawBufferPointer) -> (encoding: String, length: Int)? {
        guard let base = prefix.baseAddress?.assumingMemoryBound(to: CChar.self), prefix.count >= 2 else { return nil }
        var length: Int32 = 0
        var status = U_ZERO_ERROR
        guard let name = ucnv_detectUnicodeSignature(base, Int32(min(prefix.count, 4)), &length, &status),
              status.rawValue <= 0 else { return nil }
        return (String(cString: name), Int(length))
    }

    /// ICU's best guess at the encoding of `sample` (e.g. `ISO-8859-1`, `windows-1252`, `UTF-16LE`) with its
    /// confidence 0–100; nil when ICU has no guess.
    public static func guessEncoding(of sample: UnsafeRawBufferPointer) -> (encoding: String, confidence: Int)? {
        guard let base = sample.baseAddress?.assumingMemoryBound(to: CChar.self), sample.count > 0 else { return nil }
        var status = U_ZERO_ERROR
        guard let detector = ucsdet_open(&status), status.rawValue <= 0 else { return nil }
        defer { ucsdet_close(detector) }
        ucsdet_setText(detector, base, Int32(min(sample.count, Int(Int32.max))), &status)
        guard status.rawValue <= 0, let match = ucsdet_detect(detector, &status), status.rawValue <= 0,
              let name = ucsdet_getName(match, &status) else { return nil }
        let confidence = ucsdet_getConfidence(match, &status)
        return (String(cString: name), Int(confidence))
    }
}

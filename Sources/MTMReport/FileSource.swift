import Foundation

/// A file read front to back in chunks, for the row spool and for copying parts into the workbook.
final class FileSource {
    static let chunkSize = 1 << 20

    let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    init(url: URL) throws {
        self.url = url
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw ReportError.cannotWrite(url.path, "cannot read back the temporary file")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// True when `count` more bytes are buffered (reading on as needed); false at the end of the file.
    func ensure(_ count: Int) throws -> Bool {
        while buffer.count - position < count {
            if atEnd { return false }
            if position > 0 { buffer.removeFirst(position); position = 0 }
            let data: Data?
            do { data = try handle.read(upToCount: max(Self.chunkSize, count)) } catch {
                throw ReportError.cannotWrite(url.path, "reading the temporary file back: \(error)")
            }
            guard let data, !data.isEmpty else { atEnd = true; continue }
            buffer.append(contentsOf: data)
        }
        return true
    }

    /// The next `count` bytes (call `ensure` first).
    func take(_ count: Int) -> ArraySlice<UInt8> {
        defer { position += count }
        return buffer[position..<position + count]
    }

    /// The next 8 bytes as a little-endian integer (call `ensure` first).
    func takeUInt64() -> UInt64 {
        var value: UInt64 = 0
        for (shift, byte) in take(8).enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
        return value
    }

    func takeUInt32() -> UInt32 {
        var value: UInt32 = 0
        for (shift, byte) in take(4).enumerated() { value |= UInt32(byte) << (8 * UInt32(shift)) }
        return value
    }

    func takeByte() -> UInt8 { take(1).first! }
}

import Foundation

/// A file written front to back through a fixed buffer, so large outputs (CSV, worksheet XML, spooled rows) are
/// never held whole in memory. `close()` flushes; a sink dropped without `close()` closes its file unflushed.
final class FileSink {
    /// Bytes gathered before one write.
    static let bufferSize = 1 << 16

    let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var closed = false

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw ReportError.cannotWrite(url.path, "cannot create the file")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if !closed { try? handle.close() }
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch { throw ReportError.cannotWrite(url.path, "\(error)") }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        guard !closed else { return }
        try flush()
        closed = true
        do { try handle.close() } catch { throw ReportError.cannotWrite(url.path, "\(error)") }
    }
}

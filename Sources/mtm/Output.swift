#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output: records are appended and flushed in large chunks.
struct StandardOutput {
    /// Flush once the buffer holds this many bytes.
    static let flushThreshold = 1 << 16
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushThreshold { flush() }
    }

    mutating func writeLine(_ text: String) {
        write(text)
        write("\n")
    }

    /// Writes UTF-8 text (a record `JSONWriter` built) and a line break.
    mutating func writeLine(utf8 bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.flushThreshold { flush() }
    }

    /// Writes UTF-8 text as it is (lines a writer ended itself); a run of at least `flushThreshold` bytes (a batch of records) goes straight to
    /// the descriptor after what is buffered, without a copy.
    mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= Self.flushThreshold else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.flushThreshold { flush() }
            return
        }
        flush()
        FileDescriptor.write(1, bytes)
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { FileDescriptor.write(1, $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Messages for people: progress, findings, summaries.
enum StandardError {
    /// Whether a transient status line (the progress line) is on screen, without its line break. Only the main
    /// thread writes to standard error during a run, so a plain flag is enough.
    nonisolated(unsafe) private static var statusShown = false

    /// Writes `text`; a status line on screen is cleared first, so messages never run into it.
    static func write(_ text: String) {
        if statusShown {
            statusShown = false
            FileDescriptor.write(2, "\r\u{1B}[K" + text)
        } else {
            FileDescriptor.write(2, text)
        }
    }

    /// Replaces the status line with `line` (no line break: the next status or message overwrites it).
    static func writeStatus(_ line: String) {
        FileDescriptor.write(2, "\r\u{1B}[K" + line)
        statusShown = true
    }

    /// Clears the status line, if one is shown.
    static func clearStatus() {
        if statusShown { write("") }
    }
}

/// Whole writes to a file descriptor (retrying short writes and EINTR).
enum FileDescriptor {
    static func write(_ fd: Int32, _ text: String) {
        var copy = text
        copy.withUTF8 { write(fd, $0) }
    }

    static func write(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}

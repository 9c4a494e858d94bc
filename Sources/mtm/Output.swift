#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output: records are appended and flushed in large chunks.
struct StandardOutput {
    /// Flush once the buffer holds this many bytes.
    static let flushThreshold = 1 << 16
    private var buffer = ""

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= Self.flushThreshold { flush() }
    }

    mutating func writeLine(_ text: String) {
        write(text)
        write("\n")
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileDescriptor.write(1, buffer)
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
        copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}

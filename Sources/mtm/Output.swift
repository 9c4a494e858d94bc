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
    static func write(_ text: String) {
        FileDescriptor.write(2, text)
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

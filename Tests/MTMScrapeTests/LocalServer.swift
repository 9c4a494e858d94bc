import Foundation

/// Python's http.server serving a fixture folder on 127.0.0.1 at a free port (chosen by the OS), stopped when the
/// value goes away. Only loopback is ever used.
final class LocalServer {
    let process = Process()
    let port: Int

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

    init(directory: URL) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory.path]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
        var banner = ""
        while !banner.contains(") ...") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = banner.range(of: #"port (\d+)"#, options: .regularExpression),
              let port = Int(banner[range].dropFirst(5)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no port in '\(banner)'"])
        }
        self.port = port
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    deinit {
        // SIGKILL: the test runner's children inherit a signal mask that can block SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

import Foundation
import MTMRecord

/// Local inputs: a file, `-` (standard input), or a directory searched recursively for `*.html` / `*.htm`.
enum InputFiles {
    static let extensions: Set<String> = ["html", "htm"]

    /// The files an input names, sorted within directories so runs are repeatable.
    static func expand(_ input: String) throws(ScrapeError) -> [String] {
        if input == "-" { return ["-"] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw .unreadableInput(path: input, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [input] }
        guard let enumerator = FileManager.default.enumerator(atPath: input) else {
            throw .unreadableInput(path: input, reason: "cannot list the directory")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            if extensions.contains(ext) { files.append((input as NSString).appendingPathComponent(relative)) }
        }
        return files.sorted()
    }

    /// The file's bytes, refusing files over `limit` bytes.
    static func read(_ path: String, limit: Int) throws(Finding) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= limit else { throw tooLarge(path, data.count, limit) }
            return [UInt8](data)
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limit else { throw tooLarge(path, size, limit) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Finding(.error, code: "unreadable-input", source: path, message: "cannot read the file",
                          hint: "check the path and its permissions")
        }
        return [UInt8](data)
    }

    static func tooLarge(_ source: String, _ size: Int, _ limit: Int) -> Finding {
        Finding(.error, code: "page-too-large", source: source,
                message: "the page has \(size) bytes, over the limit of \(limit)",
                hint: "raise --max-page-bytes if the page is genuine")
    }
}

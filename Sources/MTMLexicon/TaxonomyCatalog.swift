import Foundation

/// The taxonomies of a Lexicons folder (`touchpoints/*.yaml`), and name-or-path resolution for `--taxonomy`.
public struct TaxonomyCatalog: Sendable {
    /// The `touchpoints` folder.
    public let directory: URL

    /// The catalog of the Lexicons folder `LexiconLocator` finds (or `lexicons`, when given).
    public init(lexicons: String? = nil) throws(LexiconError) {
        directory = try LexiconLocator.directory(explicit: lexicons).appendingPathComponent("touchpoints")
    }

    public init(directory: URL) {
        self.directory = directory
    }

    /// Names of the shipped taxonomies (file names without `.yaml`), sorted.
    public func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { String($0[..<$0.lastIndex(of: ".")!]) }
            .sorted()
    }

    /// The file of `nameOrPath`: an existing file path as given, otherwise `<directory>/<name>.yaml`.
    public func path(of nameOrPath: String) throws(LexiconError) -> String {
        var isDirectory: ObjCBool = false
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            if FileManager.default.fileExists(atPath: nameOrPath, isDirectory: &isDirectory), !isDirectory.boolValue {
                return nameOrPath
            }
            throw .invalidFile(path: nameOrPath, line: nil, message: "no such taxonomy file",
                               hint: "check the path, or give a name: \(names().joined(separator: ", "))")
        }
        for ext in ["yaml", "yml"] {
            let candidate = directory.appendingPathComponent("\(nameOrPath).\(ext)").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        throw .invalidFile(path: nameOrPath, line: nil, message: "unknown taxonomy",
                           hint: "use one of: \(names().joined(separator: ", ")) (mtm taxonomy list), or a path to a .yaml file")
    }

    /// Loads a taxonomy by name or path.
    public func load(_ nameOrPath: String) throws(LexiconError) -> Taxonomy {
        try TaxonomyLoader.load(path: path(of: nameOrPath))
    }
}

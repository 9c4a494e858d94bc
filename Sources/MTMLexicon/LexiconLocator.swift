import Foundation

/// Finds the `Lexicons/` folder the binary runs on, from any working directory:
/// 1. `--lexicons DIR` (passed in as `explicit`), 2. `$MTM_LEXICONS`, 3. `<binary>/../share/mtm/Lexicons`
/// (installed layout), 4. a `Lexicons/` folder beside the binary or in any parent of it (a build inside the
/// checkout), 5. the checkout this module was compiled from.
public enum LexiconLocator {
    public static func directory(explicit: String? = nil) throws(LexiconError) -> URL {
        var tried: [String] = []
        func usable(_ url: URL) -> Bool {
            tried.append(url.path)
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            if usable(url) { return url }
            throw LexiconError.missingDirectory(path: explicit, tried: tried)
        }
        if let env = ProcessInfo.processInfo.environment["MTM_LEXICONS"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if usable(url) { return url }
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/mtm/Lexicons")
        if usable(installed) { return installed }
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("Lexicons")
            if usable(candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        // Sources/MTMLexicon/LexiconLocator.swift → checkout root.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons")
        if usable(checkout) { return checkout }
        throw LexiconError.missingDirectory(path: nil, tried: tried)
    }
}

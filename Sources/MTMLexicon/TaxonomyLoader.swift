import Foundation
import Yams

/// Reads a taxonomy YAML file and checks it. Every problem is reported with its line and a fix; `load` throws the
/// first error, `check` returns them all.
public enum TaxonomyLoader {
    static let topKeys: Set<String> = ["name", "title", "description", "source", "licence", "license", "stages",
                                       "touchpoints"]
    static let stageKeys: Set<String> = ["id", "label", "description"]
    static let touchpointKeys: Set<String> = ["id", "label", "stage", "parent", "phrases", "exclude", "handoff",
                                              "promise", "note"]

    /// Loads and checks the taxonomy at `path`; throws the first error (warnings do not stop it).
    public static func load(path: String) throws(LexiconError) -> Taxonomy {
        let (taxonomy, issues) = check(path: path)
        if let error = issues.first(where: { $0.severity == .error }) { throw error.lexiconError }
        guard let taxonomy else {
            throw .invalidFile(path: path, line: nil, message: "no taxonomy", hint: "see Lexicons/touchpoints/README.md")
        }
        return taxonomy
    }

    /// Parses and checks the file at `path`: the taxonomy (nil when it cannot be built) and every issue found.
    public static func check(path: String) -> (Taxonomy?, [TaxonomyIssue]) {
        guard let data = FileManager.default.contents(atPath: path), let yaml = String(data: data, encoding: .utf8) else {
            return (nil, [TaxonomyIssue(.error, path: path, line: nil, message: "cannot read the file as UTF-8 text",
                                        hint: "check the path (mtm taxonomy list shows the shipped names)")])
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return parse(yaml: yaml, path: path, defaultName: name)
    }

    /// Parses and checks YAML text; `path` is only used in messages.
    public static func parse(yaml: String, path: String, defaultName: String) -> (Taxonomy?, [TaxonomyIssue]) {
        var reader = TaxonomyReader(path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            reader.error(nil, "YAML syntax: \(Self.summary(error))", "fix the YAML syntax at that line (indentation, quotes, ':')",
                         line: Self.line(of: error))
            return (nil, reader.issues)
        } catch {
            reader.error(nil, "YAML syntax: \(error)", "fix the YAML syntax")
            return (nil, reader.issues)
        }
        guard let root else {
            reader.error(nil, "the file is empty", "add `stages:` and `touchpoints:` (see Lexicons/touchpoints/README.md)")
            return (nil, reader.issues)
        }
        let taxonomy = reader.read(root: root, defaultName: defaultName)
        return (taxonomy, reader.issues)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return nil
        }
    }

    private static func summary(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
             let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}

import ArgumentParser
import MTMLexicon

/// `mtm taxonomy list|show|check`: the touchpoint taxonomies.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "List, show and check touchpoint taxonomies (Lexicons/touchpoints/*.yaml).",
        discussion: """
        Examples:
          mtm taxonomy list
          mtm taxonomy show hospitality
          mtm taxonomy check my-taxonomy.yaml
        """,
        subcommands: [List.self, Show.self, Check.self]
    )

    struct Options: ParsableArguments {
        @Option(help: "Lexicons folder (default: the one shipped with mtm, or $MTM_LEXICONS).")
        var lexicons: String?

        func catalog() throws -> TaxonomyCatalog {
            do { return try TaxonomyCatalog(lexicons: lexicons) } catch { throw RunFailure(error.description) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Name, stages and touchpoint count of each taxonomy.")
        @OptionGroup var options: Options

        func run() throws {
            let catalog = try options.catalog()
            var out = StandardOutput()
            out.writeLine("name\ttouchpoints\tphrases\tstages")
            var failed = 0
            for name in catalog.names() {
                do {
                    let taxonomy = try catalog.load(name)
                    out.writeLine([name, String(taxonomy.touchpoints.count), String(taxonomy.phraseCount),
                                   taxonomy.stages.map(\.label).joined(separator: " → ")].joined(separator: "\t"))
                } catch {
                    failed += 1
                    StandardError.write("\(error.description)\n")
                }
            }
            out.flush()
            if failed > 0 { throw RunFailure("\(failed) taxonomy file(s) have errors: run mtm taxonomy check on them") }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "The stages and touchpoints of one taxonomy.")
        @OptionGroup var options: Options
        @Argument(help: "Taxonomy name (mtm taxonomy list) or path to a .yaml file.")
        var name: String

        func run() throws {
            let taxonomy: Taxonomy
            do { taxonomy = try options.catalog().load(name) } catch let error as LexiconError {
                throw RunFailure(error.description)
            }
            var out = StandardOutput()
            out.writeLine("\(taxonomy.title) (\(taxonomy.name)): \(taxonomy.touchpoints.count) touchpoints, \(taxonomy.phraseCount) phrases")
            if !taxonomy.description.isEmpty { out.writeLine(taxonomy.description) }
            for (index, stage) in taxonomy.stages.enumerated() {
                out.writeLine("\n\(index + 1). \(stage.label) [\(stage.id)]")
                for touchpoint in taxonomy.touchpoints where touchpoint.stage == stage.id {
                    var flags: [String] = []
                    if let parent = touchpoint.parent { flags.append("parent: \(parent)") }
                    if touchpoint.handoff { flags.append("handoff") }
                    if !touchpoint.promise.isEmpty { flags.append("promise: " + touchpoint.promise.joined(separator: ", ")) }
                    let indent = touchpoint.parent == nil ? "   " : "     "
                    out.writeLine("\(indent)\(touchpoint.id): \(touchpoint.label)" + (flags.isEmpty ? "" : " (\(flags.joined(separator: "; ")))"))
                    out.writeLine("\(indent)  phrases: " + touchpoint.phrases.joined(separator: ", "))
                    if !touchpoint.exclude.isEmpty { out.writeLine("\(indent)  exclude: " + touchpoint.exclude.joined(separator: ", ")) }
                }
            }
            out.flush()
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check taxonomy files; prints each problem with file:line and a fix. Exit 1 on errors.")
        @OptionGroup var options: Options
        @Argument(help: "Taxonomy files or names (default: every shipped taxonomy).")
        var paths: [String] = []

        func run() throws {
            let catalog = try options.catalog()
            let targets = paths.isEmpty ? catalog.names() : paths
            var errors = 0, warnings = 0
            for target in targets {
                let path: String
                do { path = try catalog.path(of: target) } catch {
                    StandardError.write("\(error.description)\n")
                    errors += 1
                    continue
                }
                let (taxonomy, issues) = TaxonomyLoader.check(path: path)
                for issue in issues { StandardError.write("\(issue)\n") }
                errors += issues.filter { $0.severity == .error }.count
                warnings += issues.filter { $0.severity == .warning }.count
                if let taxonomy, !issues.contains(where: { $0.severity == .error }) {
                    StandardError.write("\(path): ok, \(taxonomy.touchpoints.count) touchpoints, \(taxonomy.phraseCount) phrases, \(taxonomy.stages.count) stages\n")
                }
            }
            if errors > 0 { throw RunFailure("\(errors) error(s), \(warnings) warning(s)") }
        }
    }
}

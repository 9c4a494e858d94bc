import ArgumentParser
import Foundation
import MTMRecord
import MTMAggregate
import MTMLexicon
import MTMRanking

/// Reading partials and writing table files, shared by `mtm merge` and `mtm rank`.
enum PartialFiles {
    /// The partial files named by `paths`: files as given, `-` for standard input, and for a directory its
    /// `partial.json` when present, else every `*.json` in it (sorted by name).
    static func expand(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
               isDirectory.boolValue {
                let single = (path as NSString).appendingPathComponent("partial.json")
                if FileManager.default.fileExists(atPath: single) { out.append(single); continue }
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let jsons = names.filter { $0.hasSuffix(".json") }.sorted()
                guard !jsons.isEmpty else {
                    throw RunFailure("\(path): no partial files (*.json) in this directory; "
                        + "write them with `mtm analyze --partial-out FILE`")
                }
                out += jsons.map { (path as NSString).appendingPathComponent($0) }
            } else {
                out.append(path)
            }
        }
        return out
    }

    static func read(_ path: String) throws -> Partial {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: path) else {
                throw RunFailure("\(path): cannot read the file; check the path and permissions")
            }
            data = d
        }
        do {
            return try Partial(jsonText: String(decoding: data, as: UTF8.self), file: path == "-" ? "<stdin>" : path)
        } catch {
            throw RunFailure(error.description)
        }
    }

    /// Merges every partial in the order given (the result does not depend on it).
    static func merge(_ paths: [String]) throws -> Partial {
        var merged: Partial?
        for path in try expand(paths) {
            let p = try read(path)
            if merged == nil { merged = p } else { merged!.merge(p) }
        }
        guard let merged else { throw RunFailure("no partial files given") }
        return merged
    }

    /// The ranking configuration: `--weights FILE`, else `ranking.yaml` in the lexicon folder, else the defaults.
    static func configuration(weights: String?, lexicons: String?) throws -> RankingConfiguration {
        do {
            if let weights { return try RankingConfiguration.load(path: weights) }
            if let dir = try? LexiconLocator.directory(explicit: lexicons) {
                let file = dir.appendingPathComponent("ranking.yaml").path
                if FileManager.default.fileExists(atPath: file) { return try RankingConfiguration.load(path: file) }
            }
        } catch {
            throw RunFailure(error.description)
        }
        StandardError.write("mtm: no ranking.yaml found; using the built-in default weights\n")
        return .default
    }

    /// Writes `name` into `dir` atomically (a temporary file renamed into place).
    static func write(_ text: String, to dir: String, name: String) throws {
        let url = URL(fileURLWithPath: dir).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw RunFailure("\(url.path): cannot write (\(error.localizedDescription)); check --out")
        }
    }

    /// Each table as `<name>.csv`, and all of them in `tables.json` ({name: rows}).
    static func writeTables(_ tables: [NamedTable], to dir: String, jsonName: String = "tables.json") throws {
        for t in tables { try write(t.csv, to: dir, name: t.name + ".csv") }
        var w = JSONWriter()
        w.beginObject()
        for t in tables { w.key(t.name); t.write(to: &w) }
        w.endObject()
        try write(w.output + "\n", to: dir, name: jsonName)
    }

}

/// Options `mtm merge` and `mtm rank` share: where ranking.yaml lives and which emotions are high-arousal.
struct TableOptions: ParsableArguments {
    @Option(help: "Comma-separated high-arousal emotion names (default: high_arousal in ranking.yaml).")
    var highArousal: String?

    @Option(help: "Lexicon folder (for ranking.yaml).")
    var lexicons: String?

    /// ranking.yaml (or `weights`); high-arousal emotions from --high-arousal, else the lexicon's
    /// emotions/categories.tsv, else ranking.yaml.
    func configuration(weights: String?) throws -> RankingConfiguration {
        var c = try PartialFiles.configuration(weights: weights, lexicons: lexicons)
        if highArousal == nil, let dir = try? LexiconLocator.directory(explicit: lexicons) {
            let file = dir.appendingPathComponent("emotions/categories.tsv").path
            if let text = try? String(contentsOfFile: file, encoding: .utf8) {
                do { c.highArousal = try RankingConfiguration.highArousal(categoriesTSV: text, file: file) } catch {
                    throw RunFailure(error.description)
                }
            }
        }
        if let highArousal {
            c.highArousal = Set(highArousal.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty })
        }
        return c
    }
}

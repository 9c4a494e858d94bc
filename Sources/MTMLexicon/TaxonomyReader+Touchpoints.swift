import Foundation
import Yams

extension TaxonomyReader {
    /// Reads the `touchpoints:` list and checks ids, stages, parents and phrases across touchpoints.
    mutating func readTouchpoints(_ node: Node?, at root: Node, stages: [JourneyStage]) -> [TouchpointDefinition] {
        guard let node else {
            error(root, "no `touchpoints:`", "add a `touchpoints:` list (see Lexicons/touchpoints/README.md)")
            return []
        }
        guard case let .sequence(items) = node, !items.isEmpty else {
            error(node, "`touchpoints` must be a non-empty list", "add at least one touchpoint with `id`, `stage`, `phrases`")
            return []
        }
        let stageIDs = Set(stages.map(\.id))
        var touchpoints: [TouchpointDefinition] = []
        var nodes: [String: Node] = [:]
        var parentNodes: [String: Node] = [:]
        var phraseOwner: [String: (touchpoint: String, line: Int?)] = [:]
        for item in items {
            guard case let .mapping(map) = item else {
                error(item, "a touchpoint must be a mapping", "write `- id: ...` with `label`, `stage`, `phrases`")
                continue
            }
            var id: String?, label: String?, stage: String?, parent: String?, handoff = false
            var phrases: [(String, Node)] = [], exclude: [(String, Node)] = [], promise: [(String, Node)] = []
            var stageNode: Node?, phrasesNode: Node?, parentNode: Node?
            for (key, value) in map {
                let k = key.scalar?.string ?? ""
                switch k {
                case "id": id = scalar(value, field: "id")
                case "label": label = scalar(value, field: "label")
                case "stage": stage = scalar(value, field: "stage"); stageNode = value
                case "parent": parent = scalar(value, field: "parent"); parentNode = value
                case "handoff":
                    if let b = value.bool { handoff = b } else { error(value, "`handoff` must be true or false", "write `handoff: true`") }
                case "phrases": phrases = list(value, field: "phrases"); phrasesNode = value
                case "exclude": exclude = list(value, field: "exclude")
                case "promise": promise = list(value, field: "promise")
                case "note": _ = scalar(value, field: "note")
                default:
                    error(key, "unknown touchpoint key `\(k)`",
                          "touchpoint keys are: \(TaxonomyLoader.touchpointKeys.sorted().joined(separator: ", "))")
                }
            }
            guard let id, !id.isEmpty else {
                error(item, "a touchpoint has no `id`", "add `id: short-name` (letters, digits, '-')")
                continue
            }
            if nodes[id] != nil {
                error(item, "touchpoint id `\(id)` is used twice", "rename one of them or merge their phrases")
                continue
            }
            nodes[id] = item
            if let parentNode { parentNodes[id] = parentNode }
            if let stage {
                if !stageIDs.contains(stage) {
                    error(stageNode, "touchpoint `\(id)` has unknown stage `\(stage)`",
                          "use one of the stages: \(stages.map(\.id).joined(separator: ", "))")
                }
            } else {
                error(item, "touchpoint `\(id)` has no `stage`", "add `stage:` with one of: \(stages.map(\.id).joined(separator: ", "))")
            }
            if phrases.isEmpty {
                error(phrasesNode ?? item, "touchpoint `\(id)` has no phrases",
                      "add `phrases: [...]` with the words customers use for it")
            }
            var ownKeys: Set<String> = []
            for (phrase, pnode) in phrases {
                guard let pattern = PhrasePattern(phrase) else {
                    error(pnode, "touchpoint `\(id)`: phrase '\(phrase)' is not usable",
                          "write words, with `*` only at the end of the last word (refund*)")
                    continue
                }
                if !ownKeys.insert(pattern.key).inserted {
                    warning(pnode, "touchpoint `\(id)`: phrase '\(phrase)' repeats another of its phrases (after inflection)",
                            "remove it: inflections (plural, -ed, -ing) already match")
                    continue
                }
                for key in [pattern.key] + (pattern.closedCompound.map { [$0] } ?? []) {
                    if let owner = phraseOwner[key], owner.touchpoint != id {
                        error(pnode, "phrase '\(phrase)' of `\(id)` is also a phrase of `\(owner.touchpoint)`"
                              + (owner.line.map { " (line \($0))" } ?? "") + (key == pattern.key ? "" : " (as the one word '\(key)')"),
                              "keep it in one touchpoint; use a longer phrase to tell them apart")
                        break
                    } else if phraseOwner[key] == nil {
                        phraseOwner[key] = (id, pnode.mark?.line)
                    }
                }
            }
            for (phrase, pnode) in exclude + promise where PhrasePattern(phrase) == nil {
                error(pnode, "touchpoint `\(id)`: '\(phrase)' is not a usable phrase", "write plain words")
            }
            for (phrase, pnode) in exclude {
                if let pattern = PhrasePattern(phrase), ownKeys.contains(pattern.key) {
                    error(pnode, "touchpoint `\(id)`: exclude '\(phrase)' is one of its own phrases (after inflection), so it would veto every match",
                          "make the exclude a longer context that contains the phrase (\"lumbar support\")")
                }
            }
            touchpoints.append(TouchpointDefinition(
                id: id, label: label ?? id, stage: stage ?? "", parent: parent, phrases: phrases.map(\.0),
                exclude: exclude.map(\.0), handoff: handoff, promise: promise.map(\.0)))
        }
        checkParents(touchpoints, nodes: nodes, parentNodes: parentNodes)
        return touchpoints
    }

    private mutating func checkParents(_ touchpoints: [TouchpointDefinition], nodes: [String: Node],
                                       parentNodes: [String: Node]) {
        let byID = Dictionary(touchpoints.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for touchpoint in touchpoints {
            guard let parent = touchpoint.parent else { continue }
            let node = parentNodes[touchpoint.id] ?? nodes[touchpoint.id]
            if parent == touchpoint.id {
                error(node, "touchpoint `\(touchpoint.id)` is its own parent", "remove `parent:` or name another touchpoint")
            } else if let p = byID[parent] {
                if p.parent != nil {
                    error(node, "touchpoint `\(touchpoint.id)`: parent `\(parent)` has a parent itself (taxonomies have two levels)",
                          "point `parent:` at the top-level touchpoint `\(p.parent!)`")
                }
            } else {
                error(node, "touchpoint `\(touchpoint.id)` has unknown parent `\(parent)`",
                      "use the id of another touchpoint in this file")
            }
        }
    }

    private mutating func scalar(_ node: Node, field: String) -> String? {
        guard case let .scalar(s) = node else {
            error(node, "`\(field)` must be a single value", "write `\(field): text`")
            return nil
        }
        return s.string
    }

    /// A list of strings; a single string is accepted as a list of one.
    private mutating func list(_ node: Node, field: String) -> [(String, Node)] {
        switch node {
        case let .scalar(s):
            return s.string.isEmpty ? [] : [(s.string, node)]
        case let .sequence(items):
            var out: [(String, Node)] = []
            for item in items {
                if case let .scalar(s) = item, !s.string.trimmingCharacters(in: .whitespaces).isEmpty {
                    out.append((s.string, item))
                } else {
                    error(item, "`\(field)` entries must be non-empty words or phrases", "write `- phrase` or `[a, b]`")
                }
            }
            return out
        case .mapping:
            error(node, "`\(field)` must be a list", "write `\(field): [word, two words, prefix*]`")
            return []
        }
    }
}

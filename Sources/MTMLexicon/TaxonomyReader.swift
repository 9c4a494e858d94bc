import Yams

/// Walks a composed YAML document into a `Taxonomy`, collecting every problem with the line of the node at fault.
struct TaxonomyReader {
    let path: String
    var issues: [TaxonomyIssue] = []

    init(path: String) {
        self.path = path
    }

    mutating func error(_ node: Node?, _ message: String, _ hint: String, line: Int? = nil) {
        issues.append(TaxonomyIssue(.error, path: path, line: line ?? node?.mark?.line, message: message, hint: hint))
    }

    mutating func warning(_ node: Node?, _ message: String, _ hint: String) {
        issues.append(TaxonomyIssue(.warning, path: path, line: node?.mark?.line, message: message, hint: hint))
    }

    mutating func read(root: Node, defaultName: String) -> Taxonomy? {
        guard case let .mapping(top) = root else {
            error(root, "the top level must be a mapping with `stages:` and `touchpoints:`",
                  "see Lexicons/touchpoints/README.md for the schema")
            return nil
        }
        var name = defaultName, title = "", description = ""
        var stagesNode: Node?, touchpointsNode: Node?
        for (key, value) in top {
            guard let k = key.scalar?.string else { error(key, "keys must be plain words", "write `key: value`"); continue }
            switch k {
            case "name": name = string(value, field: "name") ?? name
            case "title": title = string(value, field: "title") ?? ""
            case "description": description = string(value, field: "description") ?? ""
            case "source", "licence", "license": _ = string(value, field: k)
            case "stages": stagesNode = value
            case "touchpoints": touchpointsNode = value
            default:
                error(key, "unknown key `\(k)`", "top-level keys are: \(TaxonomyLoader.topKeys.sorted().joined(separator: ", "))")
            }
        }
        let stages = readStages(stagesNode, at: root)
        let touchpoints = readTouchpoints(touchpointsNode, at: root, stages: stages)
        return Taxonomy(name: name, title: title.isEmpty ? name : title, description: description, stages: stages,
                        touchpoints: touchpoints, path: path)
    }

    private mutating func string(_ node: Node, field: String) -> String? {
        guard case let .scalar(scalar) = node else {
            error(node, "`\(field)` must be a single value", "write `\(field): text` on one line")
            return nil
        }
        return scalar.string
    }

    private mutating func readStages(_ node: Node?, at root: Node) -> [JourneyStage] {
        guard let node else {
            error(root, "no `stages:`", "list the journey stages in order: `stages: [Awareness, Purchase, ...]`")
            return []
        }
        guard case let .sequence(items) = node, !items.isEmpty else {
            error(node, "`stages` must be a non-empty list", "list the journey stages in order")
            return []
        }
        var stages: [JourneyStage] = []
        var seen: Set<String> = []
        for item in items {
            var stage: JourneyStage?
            switch item {
            case let .scalar(scalar):
                stage = JourneyStage(id: Self.slug(scalar.string), label: scalar.string)
            case let .mapping(map):
                var id: String?, label: String?
                for (key, value) in map {
                    let k = key.scalar?.string ?? ""
                    switch k {
                    case "id": id = string(value, field: "id")
                    case "label": label = string(value, field: "label")
                    case "description": _ = string(value, field: k)
                    default: error(key, "unknown stage key `\(k)`", "stage keys are: id, label, description")
                    }
                }
                if let id, !id.isEmpty {
                    stage = JourneyStage(id: id, label: label ?? id)
                } else {
                    error(item, "a stage has no `id`", "give every stage an `id:` (or write the stage as a plain name)")
                }
            case .sequence:
                error(item, "a stage cannot be a list", "write each stage as a name or as `{id: ..., label: ...}`")
            }
            guard let stage else { continue }
            if !seen.insert(stage.id).inserted {
                error(item, "stage `\(stage.id)` is listed twice", "remove the second one")
                continue
            }
            stages.append(stage)
        }
        return stages
    }

    /// "Check-in & Stay" → "check-in-stay": the id of a stage written as a plain name.
    static func slug(_ name: String) -> String {
        var out = ""
        for c in name.lowercased() {
            if c.isLetter || c.isNumber { out.append(c) } else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}

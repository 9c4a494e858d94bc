/// A touchpoint taxonomy: the journey stages of one kind of business, in order, and the touchpoints customers
/// mention, each placed on a stage and described by the phrases customers actually write.
/// Loaded from `Lexicons/touchpoints/<name>.yaml` (see `Lexicons/touchpoints/README.md` for the schema).
public struct Taxonomy: Sendable, Hashable {
    public var name: String
    public var title: String
    public var description: String
    /// Journey stages in journey order.
    public var stages: [JourneyStage]
    public var touchpoints: [TouchpointDefinition]
    /// Where the taxonomy was loaded from (for messages); empty for taxonomies built in code.
    public var path: String

    public init(name: String, title: String = "", description: String = "", stages: [JourneyStage],
                touchpoints: [TouchpointDefinition], path: String = "") {
        self.name = name
        self.title = title
        self.description = description
        self.stages = stages
        self.touchpoints = touchpoints
        self.path = path
    }

    /// 0-based position of a stage id in the journey order.
    public func stageIndex(_ id: String) -> Int? {
        stages.firstIndex { $0.id == id }
    }

    public func touchpoint(_ id: String) -> TouchpointDefinition? {
        touchpoints.first { $0.id == id }
    }

    /// Number of match phrases, counting both `phrases` and `exclude`.
    public var phraseCount: Int {
        touchpoints.reduce(0) { $0 + $1.phrases.count }
    }
}

/// A stage of the customer journey ("Awareness", "Check-in", "Billing").
public struct JourneyStage: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A touchpoint: something the customer meets on the journey and writes about.
public struct TouchpointDefinition: Sendable, Hashable {
    public var id: String
    public var label: String
    /// Stage id.
    public var stage: String
    /// Parent touchpoint id (taxonomies have two levels at most).
    public var parent: String?
    /// Words and multi-word phrases; a trailing `*` matches word prefixes (`refund*`).
    public var phrases: [String]
    /// Contexts that veto a match of this touchpoint where they overlap it ("lumbar support" for `support`).
    public var exclude: [String]
    /// The touchpoint crosses silos (sales → account management, ward → billing).
    public var handoff: Bool
    /// Phrases that state what the brand promised here ("free returns", "next-day delivery").
    public var promise: [String]

    public init(id: String, label: String, stage: String, parent: String? = nil, phrases: [String],
                exclude: [String] = [], handoff: Bool = false, promise: [String] = []) {
        self.id = id
        self.label = label
        self.stage = stage
        self.parent = parent
        self.phrases = phrases
        self.exclude = exclude
        self.handoff = handoff
        self.promise = promise
    }
}

import Foundation
import Yams

/// The MTM score's weights and the thresholds of the ranking, loaded from `Lexicons/ranking.yaml` (where the
/// reason for every value is written beside it). The defaults here mirror that file; a test keeps them equal.
public struct RankingConfiguration: Sendable, Hashable {
    /// Component → weight. Components: volume, friction, emotional_charge, derived_impact, journey_position,
    /// promise_gap, trend (see `ScoreComponents`).
    public var weights: [String: Double]
    /// Moments reported.
    public var top: Int
    /// Touchpoints with fewer mentions are scored but never reported as a moment.
    public var minimumMentions: Int
    /// The reported moments hold at least this many pain points when that many eligible ones exist, however
    /// positive the corpus (see `Ranking.selectMoments`).
    public var minimumPainPoints: Int
    /// Emotion names counted as high-arousal.
    public var highArousal: Set<String>
    /// emotional_charge = intensityWeight·intensity + (1 − intensityWeight)·high-arousal share.
    public var intensityWeight: Double
    /// journey_position values.
    public var lastStage: Double
    public var firstStage: Double
    public var handoff: Double
    /// trend = min(1, |Δ net sentiment| / trendFullScale) between the last two periods with enough mentions.
    public var trendFullScale: Double
    /// Class thresholds: pain point when net sentiment < 0 and the negative share's Wilson lower bound reaches
    /// `painNegativeLower`; delight when net > 0 and the positive share's lower bound reaches `delightPositiveLower`.
    public var painNegativeLower: Double
    public var delightPositiveLower: Double
    /// Word for records in reasons ("reviews", "responses", "comments").
    public var recordNoun: String

    public static let componentNames = ["volume", "friction", "emotional_charge", "derived_impact",
                                        "journey_position", "promise_gap", "trend"]

    public init(weights: [String: Double] = ["volume": 0.15, "friction": 0.25, "emotional_charge": 0.10,
                                             "derived_impact": 0.25, "journey_position": 0.10,
                                             "promise_gap": 0.10, "trend": 0.05],
                top: Int = 4, minimumMentions: Int = 5, minimumPainPoints: Int = 2,
                highArousal: Set<String> = ["anger", "anxiety", "disgust", "frustration", "joy", "surprise"],
                intensityWeight: Double = 0.5, lastStage: Double = 1.0, firstStage: Double = 0.7,
                handoff: Double = 0.5, trendFullScale: Double = 0.5, painNegativeLower: Double = 0.2,
                delightPositiveLower: Double = 0.4, recordNoun: String = "reviews") {
        self.weights = weights
        self.top = top
        self.minimumMentions = minimumMentions
        self.minimumPainPoints = minimumPainPoints
        self.highArousal = highArousal
        self.intensityWeight = intensityWeight
        self.lastStage = lastStage
        self.firstStage = firstStage
        self.handoff = handoff
        self.trendFullScale = trendFullScale
        self.painNegativeLower = painNegativeLower
        self.delightPositiveLower = delightPositiveLower
        self.recordNoun = recordNoun
    }

    public static let `default` = RankingConfiguration()

    public func weight(_ component: String) -> Double { weights[component] ?? 0 }

    /// Loads `ranking.yaml`; keys left out keep their defaults, unknown keys are errors.
    public static func load(yaml text: String, file: String = "ranking.yaml") throws(RankingError) -> Self {
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw .configuration(file: file, field: "", problem: "not valid YAML (\(error))")
        }
        guard let map = root as? [String: Any] else {
            throw .configuration(file: file, field: "", problem: "expected a mapping at the top level")
        }
        var c = RankingConfiguration.default
        func number(_ v: Any?, _ field: String) throws(RankingError) -> Double {
            if let d = v as? Double { return d }
            if let i = v as? Int { return Double(i) }
            throw .configuration(file: file, field: field, problem: "expected a number")
        }
        for (key, value) in map {
            switch key {
            case "version", "source", "licence", "license": continue
            case "top": c.top = Int(try number(value, key))
            case "minimum_mentions": c.minimumMentions = Int(try number(value, key))
            case "minimum_pain_points": c.minimumPainPoints = Int(try number(value, key))
            case "record_noun":
                guard let s = value as? String else {
                    throw .configuration(file: file, field: key, problem: "expected text")
                }
                c.recordNoun = s
            case "high_arousal":
                guard let list = value as? [String] else {
                    throw .configuration(file: file, field: key, problem: "expected a list of emotion names")
                }
                c.highArousal = Set(list)
            case "weights":
                guard let w = value as? [String: Any] else {
                    throw .configuration(file: file, field: key, problem: "expected a mapping of components")
                }
                for (name, entry) in w {
                    guard componentNames.contains(name) else {
                        throw .configuration(file: file, field: "weights.\(name)",
                                             problem: "unknown component; use one of \(componentNames.joined(separator: ", "))")
                    }
                    let v = (entry as? [String: Any])?["weight"] ?? entry
                    c.weights[name] = try number(v, "weights.\(name).weight")
                }
            case "parameters":
                guard let p = value as? [String: Any] else {
                    throw .configuration(file: file, field: key, problem: "expected a mapping")
                }
                for (name, entry) in p {
                    let v = try number((entry as? [String: Any])?["value"] ?? entry, "parameters.\(name).value")
                    switch name {
                    case "intensity_weight": c.intensityWeight = v
                    case "last_stage": c.lastStage = v
                    case "first_stage": c.firstStage = v
                    case "handoff": c.handoff = v
                    case "trend_full_scale": c.trendFullScale = v
                    case "pain_negative_lower": c.painNegativeLower = v
                    case "delight_positive_lower": c.delightPositiveLower = v
                    default:
                        throw .configuration(file: file, field: "parameters.\(name)", problem: "unknown parameter")
                    }
                }
            default:
                throw .configuration(file: file, field: key, problem: "unknown key")
            }
        }
        return c
    }

    /// The high-arousal emotion names of an emotion-categories TSV (`Lexicons/emotions/categories.tsv`: `#`
    /// comment lines, a header with `emotion` and `arousal` columns, arousal `high` or `low`).
    public static func highArousal(categoriesTSV text: String, file: String) throws(RankingError) -> Set<String> {
        var columns: [String]?
        var out: Set<String> = []
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (n, line) in lines.enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let header = columns else { columns = fields; continue }
            guard let e = header.firstIndex(of: "emotion"), let a = header.firstIndex(of: "arousal") else {
                throw .configuration(file: file, field: "header", problem: "needs 'emotion' and 'arousal' columns")
            }
            guard fields.count > max(e, a) else {
                throw .configuration(file: "\(file):\(n + 1)", field: "arousal", problem: "missing column")
            }
            if fields[a] == "high" { out.insert(fields[e]) }
        }
        return out
    }

    /// Loads the file at `path`.
    public static func load(path: String) throws(RankingError) -> Self {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .configuration(file: path, field: "", problem: "cannot read the file")
        }
        return try load(yaml: text, file: path)
    }
}

/// Errors of the ranking stage.
public enum RankingError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    case configuration(file: String, field: String, problem: String)

    public var description: String {
        switch self {
        case let .configuration(file, field, problem):
            return "\(file)\(field.isEmpty ? "" : ": field '\(field)'"): \(problem); "
                + "see Lexicons/ranking.yaml for the expected layout"
        }
    }

    public var errorDescription: String? { description }
}

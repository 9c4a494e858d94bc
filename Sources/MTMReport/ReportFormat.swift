/// The output families `mtm analyze --format` can pick.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case csv, xlsx, json, html

    public static func < (a: ReportFormat, b: ReportFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses `csv,xlsx` (comma-separated, any order, `all` for everything); nil names the first unknown part.
    public static func parseList(_ text: String) -> Result<Set<ReportFormat>, FormatListError> {
        var formats: Set<ReportFormat> = []
        for part in text.split(separator: ",").map({ $0.trimmingSpaces.lowercased() }) where !part.isEmpty {
            if part == "all" { formats.formUnion(allCases); continue }
            guard let format = ReportFormat(rawValue: part) else { return .failure(FormatListError(name: part)) }
            formats.insert(format)
        }
        return formats.isEmpty ? .failure(FormatListError(name: text)) : .success(formats)
    }

    public struct FormatListError: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var description: String {
            "unknown format '\(name)': use a comma-separated list of csv, xlsx, json, html (or all)"
        }
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}

/// Reporting periods for trends.
public enum PeriodGranularity: String, Sendable, Hashable, CaseIterable {
    case week, month, quarter

    /// `2024-03` (month), `2024-Q1` (quarter), `2024-W09` (ISO week, which may belong to the next or previous year).
    public func period(of date: DateParser.Parsed) -> String {
        switch self {
        case .month: return "\(pad(date.year, 4))-\(pad(date.month, 2))"
        case .quarter: return "\(pad(date.year, 4))-Q\((date.month - 1) / 3 + 1)"
        case .week:
            let days = DateParser.days(year: date.year, month: date.month, day: date.day)
            let weekday = ((days % 7) + 7 + 3) % 7 + 1  // 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday)
            let thursday = days - weekday + 4
            let (year, _, _) = DateParser.civil(fromDays: thursday)
            let week = (thursday - DateParser.days(year: year, month: 1, day: 1)) / 7 + 1
            return "\(pad(year, 4))-W\(pad(week, 2))"
        }
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

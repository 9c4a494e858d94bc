import Foundation

/// Turns the dates pages show into ISO 8601 (`YYYY-MM-DD`, or the ISO text as given when it has a time):
/// "2024-03-01T23:02:55Z", "November 14, 2019", "Reviewed in the United States on 14 November 2019", "3/23/2015"
/// (month first, as US sites write it). English month names only; anything else gives nil.
public enum DateParser {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]

    static let iso = try! NSRegularExpression(
        pattern: #"\b(\d{4})-(\d{2})-(\d{2})(T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"#)
    static let monthFirst = try! NSRegularExpression(
        pattern: #"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#)
    static let dayFirst = try! NSRegularExpression(
        pattern: #"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"#)
    static let slashed = try! NSRegularExpression(pattern: #"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#)

    public static func iso8601(_ text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            Range(m.range(at: i), in: text).map { String(text[$0]) }
        }
        if let m = iso.firstMatch(in: text, range: range), let y = group(m, 1), let mo = group(m, 2),
           let d = group(m, 3) {
            return valid(Int(y), Int(mo), Int(d)) ? "\(y)-\(mo)-\(d)" + (group(m, 4) ?? "") : nil
        }
        if let m = monthFirst.firstMatch(in: text, range: range), let month = month(group(m, 1)),
           let d = group(m, 2).flatMap(Int.init), let y = group(m, 3).flatMap(Int.init) {
            return format(y, month, d)
        }
        if let m = dayFirst.firstMatch(in: text, range: range), let month = month(group(m, 2)),
           let d = group(m, 1).flatMap(Int.init), let y = group(m, 3).flatMap(Int.init) {
            return format(y, month, d)
        }
        if let m = slashed.firstMatch(in: text, range: range), let mo = group(m, 1).flatMap(Int.init),
           let d = group(m, 2).flatMap(Int.init), let y = group(m, 3).flatMap(Int.init) {
            return format(y, mo, d)
        }
        return nil
    }

    static func month(_ name: String?) -> Int? {
        guard let name = name?.lowercased(), name.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(name) }.map { $0 + 1 }
    }

    static func valid(_ y: Int?, _ m: Int?, _ d: Int?) -> Bool {
        guard let y, let m, let d else { return false }
        return (1900...2999).contains(y) && (1...12).contains(m) && (1...31).contains(d)
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard valid(y, m, d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}

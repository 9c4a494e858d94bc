/// Reads dates as exports write them: ISO 8601 (`2024-03-05`, `2024-03-05T14:30:00Z`, `2024-03-05 14:30:00 +0100`),
/// US and EU slash forms (`03/05/2024`), month names (`5 Mar 2024`, `March 5, 2024`), compact `20240305` and epoch
/// seconds or milliseconds. Output is ISO 8601; the date is kept as written (no time-zone shift), so the period is
/// the one the customer saw.
public struct DateParser: Sendable {
    /// Order of day and month in slash forms.
    public enum Order: String, Sendable, Hashable {
        case monthFirst = "mm/dd/yyyy"
        case dayFirst = "dd/mm/yyyy"

        /// `--date-format`: `mdy`, `us`, `mm/dd/yyyy`; `dmy`, `eu`, `dd/mm/yyyy`.
        public init?(option: String) {
            switch option.lowercased() {
            case "mdy", "us", "mm/dd/yyyy", "m/d/y", "%m/%d/%y": self = .monthFirst
            case "dmy", "eu", "dd/mm/yyyy", "d/m/y", "%d/%m/%y", "dd.mm.yyyy": self = .dayFirst
            default: return nil
            }
        }
    }

    public struct Parsed: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int
        /// `HH:MM:SS` when the input had a time.
        public var time: String?
        /// `Z` or `±hh:mm` when the input had a zone.
        public var zone: String?
        /// True for a slash form whose day and month could be swapped (both ≤ 12 and different).
        public var ambiguous = false

        /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` plus the zone.
        public var iso: String {
            var s = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            if let time { s += "T" + time + (zone ?? "") }
            return s
        }
    }

    /// Epoch values from 1990 on (9–10 digits seconds, 12–13 digits milliseconds) are taken as timestamps.
    static let epochDigitCounts: Set<Int> = [9, 10, 12, 13]

    /// Parses `text` reading slash forms in `order` (month first when nil; `Parsed.ambiguous` tells when it mattered).
    public static func parse(_ text: String, order: Order?) -> Parsed? {
        // Fast path: a plain ISO date `YYYY-MM-DD`, the most common form.
        let raw = Array(text.utf8)
        if raw.count == 10, raw[4] == 0x2D, raw[7] == 0x2D {
            func n(_ r: Range<Int>) -> Int? {
                var v = 0
                for i in r { guard raw[i] >= 48, raw[i] <= 57 else { return nil }; v = v * 10 + Int(raw[i] - 48) }
                return v
            }
            if let y = n(0..<4), let m = n(5..<7), let d = n(8..<10) { return valid(y, m, d) }
        }
        let s = text.trimmingCharacters(in: " \t\r\n\"")
        guard !s.isEmpty else { return nil }
        let bytes = Array(s.utf8)
        if bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            if bytes.count == 8, let y = Int(s.prefix(4)), let m = Int(s.dropFirst(4).prefix(2)), let d = Int(s.suffix(2)) {
                return valid(y, m, d)
            }
            guard epochDigitCounts.contains(bytes.count), var seconds = Int(s) else { return nil }
            if bytes.count >= 12 { seconds /= 1000 }
            return fromEpoch(seconds)
        }
        // Split into the date part and the rest (time, zone).
        let firstSpace = s.firstIndex { $0 == "T" || $0 == " " }
        var datePart = firstSpace.map { String(s[..<$0]) } ?? s
        var rest = firstSpace.map { String(s[s.index(after: $0)...]) } ?? ""
        let numbers = datePart.split { $0 == "-" || $0 == "/" || $0 == "." }.map(String.init)
        if numbers.count == 3, numbers.allSatisfy({ Int($0) != nil }) {
            let a = Int(numbers[0])!, b = Int(numbers[1])!, c = Int(numbers[2])!
            var parsed: Parsed?
            if numbers[0].count == 4 {
                parsed = valid(a, b, c)
            } else {
                let year = numbers[2].count == 2 ? 2000 + c : c
                let dayFirst = order == .dayFirst || (order == nil && a > 12)
                parsed = dayFirst ? valid(year, b, a) : valid(year, a, b)
                if order == nil, a <= 12, b <= 12, a != b { parsed?.ambiguous = true }
            }
            guard var result = parsed else { return nil }
            if !rest.isEmpty {
                guard let (time, zone) = parseTime(rest) else { return nil }
                result.time = time
                result.zone = zone
            }
            return result
        }
        // Month names: `5 Mar 2024`, `March 5, 2024`, `Mar 5 2024`.
        datePart = s.replacingAll(",", with: " ")
        rest = ""
        let words = datePart.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        if let m = monthNumber(words[0]), let d = Int(words[1]), let y = Int(words[2]) { return valid(y, m, d) }
        if let d = Int(words[0]), let m = monthNumber(words[1]), let y = Int(words[2]) { return valid(y, m, d) }
        return nil
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Parsed? {
        guard (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d), (1000...9999).contains(y) else { return nil }
        return Parsed(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `14:30`, `14:30:05`, `14:30:05.123`, followed by `Z`, `+01:00`, `+0100` or ` +0100`.
    static func parseTime(_ text: String) -> (String, String?)? {
        var t = Substring(text.trimmingCharacters(in: " "))
        var zone: String?
        if t.hasSuffix("Z") { zone = "Z"; t = t.dropLast() }
        else if let sign = t.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let z = t[t.index(after: sign)...].filter { $0 != ":" }
            guard z.count == 4 || z.count == 2, Int(z) != nil else { return nil }
            let hh = z.prefix(2), mm = z.count == 4 ? z.suffix(2) : "00"
            zone = "\(t[sign])\(hh):\(mm)"
            t = t[..<sign]
        }
        let parts = t.trimmingCharacters(in: " ").split(separator: ":")
        guard parts.count >= 2, parts.count <= 3, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...23).contains(h), (0...59).contains(m) else { return nil }
        var sec = 0
        if parts.count == 3 {
            guard let s = Double(parts[2]), s >= 0, s < 61 else { return nil }
            sec = Int(s)
        }
        return ("\(pad(h, 2)):\(pad(m, 2)):\(pad(sec, 2))", zone)
    }

    static func monthNumber(_ word: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        return names.firstIndex { w.hasPrefix($0) }.map { $0 + 1 }
    }

    /// Civil date and UTC time of Unix `seconds` (Howard Hinnant's days-from-civil inverse).
    static func fromEpoch(_ seconds: Int) -> Parsed {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secs = seconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        return Parsed(year: y, month: m, day: d,
                      time: "\(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2)):\(pad(secs % 60, 2))", zone: "Z")
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days since 1970-01-01 of a civil date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

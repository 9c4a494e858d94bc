/// Excel's rules for worksheet names: 1–31 characters, none of `[ ] : * ? / \`, not starting or ending with an
/// apostrophe, not `History` (reserved), and unique ignoring case.
enum SheetName {
    static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    static let reserved = "history"

    /// Valid, unique names for `titles`, in order; clashes get ` (2)`, ` (3)`… within the length limit.
    static func unique(_ titles: [String]) -> [String] {
        var used: Set<String> = []
        var names: [String] = []
        for title in titles {
            let base = sanitized(title)
            var name = base
            var counter = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(counter))"
                name = truncated(base, to: maxLength - suffix.utf16.count) + suffix
                counter += 1
            }
            used.insert(name.lowercased())
            names.append(name)
        }
        return names
    }

    /// One title made valid: forbidden and control characters become spaces, runs of spaces collapse.
    static func sanitized(_ title: String) -> String {
        var cleaned = ""
        for c in title {
            if forbidden.contains(c) || c.unicodeScalars.contains(where: { $0.value < 0x20 || !XMLText.isAllowed($0) }) {
                cleaned.append(" ")
            } else {
                cleaned.append(c)
            }
        }
        var collapsed = trimmedEdges(cleaned.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
        collapsed = trimmedEdges(truncated(collapsed, to: maxLength))
        if collapsed.isEmpty { return "Sheet" }
        if collapsed.lowercased() == reserved { return collapsed + " 1" }
        return collapsed
    }

    /// Without spaces or apostrophes at either end (Excel rejects names that start or end with `'`).
    static func trimmedEdges(_ text: String) -> String {
        var s = Substring(text)
        while s.first == " " || s.first == "'" { s = s.dropFirst() }
        while s.last == " " || s.last == "'" { s = s.dropLast() }
        return String(s)
    }

    /// At most `limit` UTF-16 units (Excel counts UTF-16), never splitting a character.
    static func truncated(_ text: String, to limit: Int) -> String {
        var out = ""
        var units = 0
        for c in text {
            let n = c.utf16.count
            if units + n > limit { break }
            out.append(c)
            units += n
        }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

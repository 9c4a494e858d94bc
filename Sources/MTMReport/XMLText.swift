/// Text made safe for XML 1.0 (XLSX parts) and HTML: markup characters escaped, characters XML cannot hold
/// (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) removed.
enum XMLText {
    /// Escapes `& < > " '` and drops characters that are not allowed in XML 1.0.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x9 || v == 0xA || v == 0xD { return true }
        if v < 0x20 { return false }
        if v == 0xFFFE || v == 0xFFFF { return false }
        // C1 controls are legal XML but render as garbage in spreadsheets and browsers.
        if (0x7F...0x9F).contains(v) { return false }
        return true
    }
}

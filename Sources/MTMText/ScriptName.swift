internal import CICU

/// ISO 15924 short script names through ICU's `uscript`.
enum ScriptName {
    static func of(_ codePoint: Int32) -> String {
        if codePoint < 0x80 {
            let isLetter = (codePoint >= 0x41 && codePoint <= 0x5A) || (codePoint >= 0x61 && codePoint <= 0x7A)
            return isLetter ? "Latn" : "Zyyy"
        }
        var status = U_ZERO_ERROR
        let code = uscript_getScript(codePoint, &status)
        guard status.rawValue <= 0, let name = uscript_getShortName(code) else { return "Zzzz" }
        return String(cString: name)
    }
}

/// Folds typographic apostrophes and quotes to ASCII for matching ("don’t" and "don't" are one word), and
/// shortens elongations. The original text is never changed: only `Token.norm`.
enum TypographicFolding {
    /// Apostrophe look-alikes customers type: ’ ‘ ʼ ʹ ′ ` ´ and the fullwidth apostrophe.
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{02B9}", "\u{2032}", "`",
                                                   "\u{00B4}", "\u{FF07}"]
    /// Double quotes: “ ” „ ‟ « » ″.
    static let quotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}",
                                              "\u{2033}"]

    static func fold(_ text: String) -> String {
        var needs = false
        for s in text.unicodeScalars where s.value >= 0x60 && (apostrophes.contains(s) || quotes.contains(s)) {
            needs = true
            break
        }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if apostrophes.contains(s) { out.append("'") } else if quotes.contains(s) { out.append("\"") } else { out.append(s) }
        }
        return String(out)
    }
}

/// Helpers that build the analyzer's tables in `init(lexicon:)` quickly: they run on every lexicon entry at start-up.
extension SentimentAnalyzer {
    /// `isEmoticon(_:)`, answered on bytes for printable ASCII keys (there `isAlphabetic` is A–Z/a–z and every byte is
    /// one `Character`); other keys go to `isEmoticon`.
    static func isEmoticonKey(_ key: String) -> Bool {
        let utf8 = key.utf8
        guard !utf8.isEmpty, utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return isEmoticon(key) }
        func letter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
        func digit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        if !utf8.contains(where: letter) { return utf8.contains { !digit($0) } }
        let first = utf8.first!
        return !letter(first) && !digit(first) && utf8.count <= 4
    }

    /// `text.split(separator: " ")`: on bytes for ASCII text (where every byte is one `Character`), else on
    /// `Character`s.
    static func words(_ text: some StringProtocol) -> [Substring] {
        let s = Substring(text)
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.split(separator: " ") }
        // Slices of `s` between spaces, found on its bytes through one pointer, the array sized first (`utf8.split`
        // then `Substring(_:)` of each slice cost about 4,000 instructions a description, walking `utf8` indices
        // 3,600, and start-up splits thousands).
        let utf8 = s.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> [Substring] in
            var spaces = 0
            for byte in bytes where byte == UInt8(ascii: " ") { spaces += 1 }
            var parts: [Substring] = []
            parts.reserveCapacity(spaces + 1)
            func part(_ from: Int, _ to: Int) -> Substring {
                s[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
            }
            var start = 0
            for i in 0..<bytes.count where bytes[i] == UInt8(ascii: " ") {
                if start < i { parts.append(part(start, i)) }
                start = i + 1
            }
            if start < bytes.count { parts.append(part(start, bytes.count)) }
            return parts
        }
        return found ?? s.split(separator: " ")
    }
}

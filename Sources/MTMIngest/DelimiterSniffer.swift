/// Picks the delimiter of a CSV-like file from its first lines: the candidate (`,` `;` TAB `|`) that appears the
/// same number of times on most lines, outside quotes.
public enum DelimiterSniffer {
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
    /// Lines looked at. 50 is enough to see past a title row or a few ragged rows.
    public static let sampleLines = 50

    /// The delimiter of `sample` (the start of the file), or nil when no candidate appears at all.
    public static func sniff(_ sample: ArraySlice<UInt8>) -> UInt8? {
        var counts: [[Int]] = Array(repeating: [], count: candidates.count)
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lines = 0
        var lineHasContent = false
        for byte in sample {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D {
                if lineHasContent {
                    for i in candidates.indices { counts[i].append(current[i]) }
                    lines += 1
                    if lines >= sampleLines { break }
                }
                current = Array(repeating: 0, count: candidates.count)
                lineHasContent = false
                continue
            }
            lineHasContent = true
            if let i = candidates.firstIndex(of: byte) { current[i] += 1 }
        }
        if lines == 0, lineHasContent {
            for i in candidates.indices { counts[i].append(current[i]) }
        }
        var best: (index: Int, consistent: Int, mode: Int)?
        for i in candidates.indices {
            guard let mode = Self.mode(counts[i]), mode > 0 else { continue }
            let consistent = counts[i].filter { $0 == mode }.count
            if best == nil || consistent > best!.consistent || (consistent == best!.consistent && mode > best!.mode) {
                best = (i, consistent, mode)
            }
        }
        return best.map { candidates[$0.index] }
    }

    private static func mode(_ values: [Int]) -> Int? {
        var tally: [Int: Int] = [:]
        for v in values where v > 0 { tally[v, default: 0] += 1 }
        return tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    /// A printable name for a delimiter byte.
    public static func name(_ byte: UInt8) -> String {
        switch byte {
        case 0x09: return "TAB"
        default: return "'\(Character(Unicode.Scalar(byte)))'"
        }
    }
}

import Foundation
import MTMRecord

/// Word and phrase valences on VADER's −4…+4 scale, plus VADER's emoji → description table.
///
/// Files (in `Lexicons/valence/`):
/// - `vader_lexicon.txt` — VADER's own format, `token TAB mean [TAB sd TAB [ratings]]` (MIT, C.J. Hutto).
/// - `emoji_utf8_lexicon.txt` — `emoji TAB English description` (VADER translates emoji to their descriptions).
/// - `cx-overlay.tsv` — mtm's customer-feedback overlay, `term TAB valence TAB reason` with a header line.
/// User overlays (`--lexicon PATH`) use the overlay format and add or override entries.
///
/// Single tokens live in `words`, keyed exactly as written in the file (VADER looks words up lower-cased, so its
/// few upper-case emoticon keys such as `:D` never match — a quirk the `vader` model keeps). Entries of two or more
/// space-separated words live in `phrases`, lower-cased, matched by the `mtm` model only.
public struct ValenceLexicon: Sendable {
    public var words: [String: Double]
    public var phrases: [String: Double]
    /// The longest phrase in words (0 when there are none), so matchers know how far to look ahead.
    public var longestPhrase: Int
    /// Emoji (one or more scalars) → English description.
    public var emoji: [String: String]

    public init(words: [String: Double] = [:], phrases: [String: Double] = [:], emoji: [String: String] = [:]) {
        self.words = words
        self.phrases = phrases
        self.emoji = emoji
        longestPhrase = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 0
    }

    /// File names inside the valence folder.
    public static let vaderFile = "vader_lexicon.txt"
    public static let emojiFile = "emoji_utf8_lexicon.txt"
    public static let overlayFile = "cx-overlay.tsv"

    /// Valence bounds of VADER's scale; overlay values outside are reported and clamped.
    public static let valenceRange: ClosedRange<Double> = -4...4

    /// Adds or overrides one entry: a term with a space goes to `phrases` (lower-cased), others to `words`.
    public mutating func set(_ term: String, _ valence: Double) {
        let parts = Self.split(Substring(term), at: UInt8(ascii: " "), omittingEmpty: true)
        if parts.count > 1 {
            phrases[parts.joined(separator: " ").lowercased()] = valence
            longestPhrase = max(longestPhrase, parts.count)
        } else {
            words[term] = valence
        }
    }

    public func valence(of word: String) -> Double? { words[word] }
}

extension ValenceLexicon {
    /// VADER's lexicons alone, as vaderSentiment 3.3.2 reads them: the `vader` model's data.
    /// `directory` is the `Lexicons/` folder (its `valence/` subfolder holds the files).
    public static func loadVader(directory: URL) throws(LexiconError) -> (ValenceLexicon, [Finding]) {
        let folder = directory.appendingPathComponent("valence")
        var findings: [Finding] = []
        var lexicon = ValenceLexicon()
        lexicon.words = try readVaderFormat(folder.appendingPathComponent(vaderFile), findings: &findings)
        lexicon.emoji = try readEmoji(folder.appendingPathComponent(emojiFile), findings: &findings)
        return (lexicon, findings)
    }

    /// The `mtm` model's data: VADER's lexicons, then the CX overlay, then each user overlay in order (later
    /// entries override earlier ones).
    public static func load(directory: URL, overlays: [URL] = [],
                            includeCXOverlay: Bool = true) throws(LexiconError) -> (ValenceLexicon, [Finding]) {
        var (lexicon, findings) = try loadVader(directory: directory)
        var files = overlays
        if includeCXOverlay {
            files.insert(directory.appendingPathComponent("valence").appendingPathComponent(overlayFile), at: 0)
        }
        for file in files {
            for entry in try readOverlay(file, findings: &findings) { lexicon.set(entry.term, entry.valence) }
        }
        return (lexicon, findings)
    }

    /// Reads a user overlay on its own (for `--lexicon PATH` applied to the `vader` model too).
    public mutating func apply(overlay file: URL, findings: inout [Finding]) throws(LexiconError) {
        for entry in try Self.readOverlay(file, findings: &findings) { set(entry.term, entry.valence) }
    }
}

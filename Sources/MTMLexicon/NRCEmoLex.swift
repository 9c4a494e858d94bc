import MTMRecord

/// Reader for the NRC Word-Emotion Association Lexicon (EmoLex, Mohammad & Turney) in its word-level format,
/// `word TAB emotion TAB 0|1` without a header, and for the NRC Emotion Intensity Lexicon (`word TAB emotion TAB
/// score`, score 0...1, with or without a `word TAB emotion TAB ...` header).
///
/// NRC's licence does not allow redistributing its data, so mtm ships none of it: users who hold a licence pass the
/// file as an overlay (`EmotionLexicon.load(directory:overlays:)`, `--lexicon PATH`).
///
/// Mapping of NRC's ten categories to mtm's:
/// | NRC | mtm | why |
/// |---|---|---|
/// | anger, disgust, joy, sadness, surprise, trust | same name | same construct |
/// | fear | anxiety | in feedback, fear is worry about money, safety, data or a delivery |
/// | anticipation | (ignored) | NRC's anticipation words are mostly neutral time and plan words ("time", "expect", "plan", "tomorrow") that would fire on every delivery estimate; positive anticipation ("can't wait", "looking forward") is in mtm's own lexicon as joy |
/// | positive, negative | (ignored) | sentiment, not emotion: the valence lexicon covers it |
///
/// A 0 row means "not associated" and is skipped; in a file of only 0s and 1s a 1 gets `binaryWeight`; otherwise the
/// value is an intensity and is used as it is.
/// NRC rows only add (term, emotion) pairs the lexicon does not have yet: mtm's CX weights, and any overlay loaded
/// before, are never overridden by NRC's unweighted associations.
public enum NRCEmoLex {
    /// Weight given to an EmoLex association (a binary 1): the middle of mtm's 0...1 scale, as EmoLex says only that
    /// a word is associated with the emotion, not how strongly. Use the NRC Emotion Intensity Lexicon for graded
    /// weights.
    public static let binaryWeight = 0.5

    /// NRC category → mtm emotion; nil for categories mtm ignores.
    public static let mapping: [String: String?] = [
        "anger": "anger", "anticipation": nil, "disgust": "disgust", "fear": "anxiety", "joy": "joy",
        "negative": nil, "positive": nil, "sadness": "sadness", "surprise": "surprise", "trust": "trust",
    ]

    /// A data row of NRC's format: word, one of NRC's categories, and a number from 0 to 1.
    static func looksLikeRow(_ fields: [String]) -> Bool {
        fields.count == 3 && mapping[fields[1].lowercased()] != nil && weight(fields[2]) != nil
    }

    /// The value column: 0, 1 or an intensity in 0...1.
    static func weight(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite, (0...1).contains(value) else { return nil }
        return value
    }
}

extension EmotionLexicon.Loader {
    mutating func applyNRC(_ table: EmotionTable, hasHeader: Bool) {
        var rows = table.rows[...]
        if hasHeader { rows = rows.dropFirst() }
        // EmoLex proper holds only 0 and 1; any other value means graded intensities.
        let binary = rows.allSatisfy { $0.fields.count < 3 || $0.fields[2] == "0" || $0.fields[2] == "1" }
        for row in rows {
            guard row.fields.count >= 3, !row.fields[0].isEmpty, let value = NRCEmoLex.weight(row.fields[2]) else {
                findings.append(table.finding(.error, "lexicon-malformed-line", row,
                                              "expected word, emotion and 0, 1 or an intensity from 0 to 1",
                                              hint: "NRC EmoLex rows read word<TAB>emotion<TAB>0|1"))
                continue
            }
            let category = row.fields[1].lowercased()
            guard let mapped = NRCEmoLex.mapping[category] else {
                findings.append(table.finding(.error, "lexicon-unknown-emotion", row, field: "emotion",
                                              "'\(row.fields[1])' is not one of NRC's categories",
                                              hint: "NRC's categories: \(NRCEmoLex.mapping.keys.sorted().joined(separator: ", "))"))
                continue
            }
            guard let emotion = mapped, value > 0 else { continue }
            guard lexicon.index(ofCategory: emotion) != nil else {
                findings.append(table.finding(.error, "lexicon-unknown-emotion", row, field: "emotion",
                                              "NRC's \(category) maps to \(emotion), which the categories do not declare",
                                              hint: "declare \(emotion) in categories.tsv or a categories overlay"))
                continue
            }
            let keys = keys(of: row.fields[0])
            guard !keys.isEmpty, !lexicon.contains(termKeys: keys, emotion: emotion) else { continue }
            lexicon.set(termKeys: keys, emotion: emotion, weight: binary ? NRCEmoLex.binaryWeight : value)
        }
    }
}

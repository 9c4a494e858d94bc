import Foundation
import MTMRecord
import MTMText

extension EmotionLexicon {
    /// Folder of the emotion data inside the Lexicons folder, and its two files.
    public static let folderName = "emotions"
    public static let termsFileName = "cx-emotions.tsv"
    public static let categoriesFileName = "categories.tsv"

    /// Columns of a terms file (`term`, `emotion`, `weight` required) and of a categories file.
    static let termColumns = ["term", "emotion", "weight", "note"]
    static let categoryColumns = ["emotion", "arousal", "polarity", "description"]

    /// Loads `<directory>/emotions/categories.tsv` and `cx-emotions.tsv`, then each overlay in order.
    ///
    /// An overlay is recognised by its first line:
    /// - header `term TAB emotion TAB weight [TAB note]`: adds terms or overrides a (term, emotion) weight; weight 0
    ///   removes that emotion from the term;
    /// - header `emotion TAB arousal TAB polarity [TAB description]`: declares emotions or redefines them (category
    ///   overlays are applied before any terms, whatever their order);
    /// - NRC EmoLex word level (`word TAB emotion TAB 0|1`, no header) or the NRC Emotion Intensity Lexicon
    ///   (`word TAB emotion TAB score`): see `NRCEmoLex`.
    ///
    /// Malformed lines, unknown columns, undeclared emotions and bad weights are returned as findings with file and
    /// line, and the line is skipped. A missing or unreadable file, or one whose format cannot be recognised, throws.
    public static func load(directory: URL, overlays: [URL] = []) throws(LexiconError) -> (EmotionLexicon, [Finding]) {
        let folder = directory.appendingPathComponent(folderName)
        let analyzer: TextAnalyzer
        do {
            analyzer = try TextAnalyzer()
        } catch {
            throw .invalidFile(path: folder.path, line: nil, message: "cannot start the text analyzer: \(error)",
                               hint: "check that the ICU libraries mtm was built with are installed")
        }
        var loader = Loader(analyzer: analyzer)
        let categories = try EmotionTable.read(folder.appendingPathComponent(categoriesFileName))
        let terms = try EmotionTable.read(folder.appendingPathComponent(termsFileName))
        try loader.applyCategories(categories)

        var overlayTables: [(EmotionTable, OverlayFormat)] = []
        for url in overlays {
            let table = try EmotionTable.read(url)
            let format = try OverlayFormat.detect(table)
            if format == .categories { try loader.applyCategories(table) } else { overlayTables.append((table, format)) }
        }
        try loader.applyTerms(terms)
        for (table, format) in overlayTables {
            switch format {
            case .terms: try loader.applyTerms(table)
            case .nrc(let hasHeader): loader.applyNRC(table, hasHeader: hasHeader)
            case .categories: break
            }
        }
        var lexicon = loader.lexicon
        lexicon.indexSlots()
        return (lexicon, loader.findings)
    }

    /// What kind of file an overlay is.
    enum OverlayFormat: Equatable {
        case terms, categories
        case nrc(hasHeader: Bool)

        static func detect(_ table: EmotionTable) throws(LexiconError) -> OverlayFormat {
            guard let first = table.rows.first else {
                throw .invalidFile(path: table.path, line: nil, message: "the overlay has no header and no entries",
                                   hint: "start it with the header line: term<TAB>emotion<TAB>weight<TAB>note")
            }
            let names = first.fields.map { $0.lowercased() }
            if names.contains("term") && names.contains("emotion") { return .terms }
            if names.contains("emotion") && names.contains("arousal") { return .categories }
            if names.count >= 2, names[0] == "word", names[1] == "emotion" { return .nrc(hasHeader: true) }
            if NRCEmoLex.looksLikeRow(first.fields) { return .nrc(hasHeader: false) }
            throw .invalidFile(path: table.path, line: first.line,
                               message: "cannot tell what kind of lexicon this is from its first line",
                               hint: "start it with a header: term<TAB>emotion<TAB>weight<TAB>note (terms) or emotion<TAB>arousal<TAB>polarity<TAB>description (categories); NRC EmoLex files are read as they are")
        }
    }

    /// Builds a lexicon from tables, collecting findings.
    struct Loader {
        let analyzer: TextAnalyzer
        var lexicon = EmotionLexicon(categories: [])
        var findings: [Finding] = []

        /// The token keys of a term, tokenised exactly as running text is.
        func keys(of term: String) -> [String] {
            analyzer.analyze(term).tokens.map { EmotionLexicon.key(of: $0.norm) }
        }

        mutating func applyCategories(_ table: EmotionTable) throws(LexiconError) {
            let (_, column, needed) = try table.layout(required: ["emotion", "arousal", "polarity"],
                                                       known: EmotionLexicon.categoryColumns, kind: "categories",
                                                       findings: &findings)
            for row in table.dataRows(needed: needed, expected: "emotion, arousal, polarity and description",
                                      findings: &findings) {
                func field(_ name: String) -> String {
                    column[name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? ""
                }
                let name = field("emotion").lowercased()
                guard !name.isEmpty, !name.contains(" ") else {
                    findings.append(table.finding(.error, "lexicon-bad-category", row, field: "emotion",
                                                  "emotion name '\(name)' is empty or has spaces",
                                                  hint: "use one lower-case word, e.g. frustration"))
                    continue
                }
                guard let arousal = EmotionCategory.Arousal(rawValue: field("arousal").lowercased()) else {
                    findings.append(table.finding(.error, "lexicon-bad-category", row, field: "arousal",
                                                  "arousal '\(field("arousal"))' is not high or low", hint: "write high or low"))
                    continue
                }
                guard let polarity = EmotionCategory.Polarity(rawValue: field("polarity").lowercased()) else {
                    findings.append(table.finding(.error, "lexicon-bad-category", row, field: "polarity",
                                                  "polarity '\(field("polarity"))' is not positive, negative or ambiguous",
                                                  hint: "write positive, negative or ambiguous"))
                    continue
                }
                lexicon.declare(EmotionCategory(name: name, arousal: arousal, polarity: polarity,
                                                description: field("description")))
            }
        }

        /// Reads a terms file. A row replaces the weight an earlier file gave the same (term, emotion) silently (that
        /// is what overlays are for); a pair repeated within one file is reported.
        mutating func applyTerms(_ table: EmotionTable) throws(LexiconError) {
            let (header, column, needed) = try table.layout(required: ["term", "emotion", "weight"],
                                                            known: EmotionLexicon.termColumns, kind: "emotion terms",
                                                            findings: &findings)
            var seen: [String: Int] = [:]
            seen.reserveCapacity(table.rows.count)
            lexicon.reserveCapacity(terms: table.rows.count)
            for row in table.dataRows(needed: needed, expected: "term, emotion and weight", findings: &findings) {
                if row.fields.count > header.fields.count {
                    findings.append(table.finding(.warning, "lexicon-extra-field", row,
                                                  "\(row.fields.count - header.fields.count) field(s) beyond the header's columns are ignored",
                                                  hint: "remove the extra tabs or name the column in the header"))
                }
                let term = row.fields[column["term"]!]
                let emotion = row.fields[column["emotion"]!].lowercased()
                let weightText = row.fields[column["weight"]!]
                guard let weight = Double(weightText), weight.isFinite, (0...1).contains(weight) else {
                    findings.append(table.finding(.error, "lexicon-bad-weight", row, field: "weight",
                                                  "weight '\(weightText)' is not a number from 0 to 1",
                                                  hint: "write an intensity such as 0.6 (0 removes the emotion from the term)"))
                    continue
                }
                guard lexicon.index(ofCategory: emotion) != nil else {
                    findings.append(table.finding(.error, "lexicon-unknown-emotion", row, field: "emotion",
                                                  "emotion '\(emotion)' is not declared",
                                                  hint: "use one of \(lexicon.categories.map(\.name).joined(separator: ", ")) or declare it in a categories overlay"))
                    continue
                }
                let keys = keys(of: term)
                guard !keys.isEmpty else {
                    findings.append(table.finding(.error, "lexicon-empty-term", row, field: "term",
                                                  "the term is empty", hint: "write a word or phrase in the first column"))
                    continue
                }
                let pair = keys.joined(separator: " ") + "\t" + emotion
                if let earlier = seen[pair] {
                    findings.append(table.finding(.warning, "lexicon-duplicate-entry", row, field: "term",
                                                  "'\(term)' with \(emotion) is already on line \(earlier); this line wins",
                                                  hint: "keep one line per term and emotion"))
                }
                seen[pair] = row.line
                lexicon.set(termKeys: keys, emotion: emotion, weight: weight)
            }
        }
    }
}

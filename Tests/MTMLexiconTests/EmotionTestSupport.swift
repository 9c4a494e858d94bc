import Foundation
import MTMLexicon

/// The checkout's Lexicons folder and scratch folders for overlay files.
enum EmotionFixtures {
    static let lexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lexicons")

    /// Loaded once for all tests (about half a second in a debug build).
    private static let shippedResult = Result { () throws(LexiconError) -> (EmotionLexicon, [String]) in
        let (lexicon, findings) = try EmotionLexicon.load(directory: lexicons)
        return (lexicon, findings.map(\.description))
    }

    static func shipped() throws -> (EmotionLexicon, [String]) {
        try shippedResult.get()
    }

    /// Writes `text` to a fresh temporary file and returns its URL.
    static func file(_ name: String, _ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("mtm-emotion-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A Lexicons folder holding only the given emotions files.
    static func lexiconFolder(categories: String, terms: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("mtm-emotion-lexicons-\(UUID().uuidString)")
        let folder = root.appendingPathComponent(EmotionLexicon.folderName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try categories.write(to: folder.appendingPathComponent(EmotionLexicon.categoriesFileName), atomically: true,
                             encoding: .utf8)
        try terms.write(to: folder.appendingPathComponent(EmotionLexicon.termsFileName), atomically: true,
                        encoding: .utf8)
        return root
    }

    static let smallCategories = """
        emotion\tarousal\tpolarity\tdescription
        anger\thigh\tnegative\tanger
        anxiety\thigh\tnegative\tworry
        joy\thigh\tpositive\tjoy
        trust\tlow\tpositive\ttrust
        disgust\thigh\tnegative\tdisgust
        sadness\tlow\tnegative\tsadness
        surprise\thigh\tambiguous\tsurprise

        """

    static func weights(_ lexicon: EmotionLexicon, _ term: String) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: lexicon.lookup(term).map { ($0.emotion, $0.weight) })
    }
}

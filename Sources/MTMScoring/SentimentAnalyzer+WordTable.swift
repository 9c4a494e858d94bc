import MTMLexicon

extension SentimentAnalyzer {
    /// The word table while `init` builds it: words filed on bytes in a `WordIndex`, each with its `WordInfo` at the
    /// same position. Built directly rather than as a `[String: WordInfo]` re-filed at the end: the table holds
    /// some 30,000 words (most of them inflected forms), and hashing each as a `String` once or twice was a large
    /// part of start-up.
    struct WordTable {
        var index = WordIndex([])
        var infos: [WordInfo] = []

        init(capacity: Int) {
            index.reserveCapacity(capacity)
            infos.reserveCapacity(capacity)
        }

        /// The position of `word` (given as UTF-8 bytes), filed with an empty info (and its "n't"/space flags) if
        /// new.
        @discardableResult
        mutating func position(utf8 word: UnsafeBufferPointer<UInt8>) -> (position: Int, inserted: Bool) {
            let (position, inserted) = index.insert(utf8: word)
            if inserted {
                var info = WordInfo()
                (info.containsNT, info.hasSpace) = SentimentAnalyzer.ntAndSpace(word)
                infos.append(info)
            }
            return (position, inserted)
        }

        /// Changes the info of `word`, filing the word first if new.
        mutating func update(_ word: String, _ change: (inout WordInfo) -> Void) {
            var word = word
            let position = word.withUTF8 { self.position(utf8: $0).position }
            change(&infos[position])
        }

        /// The valence of `word` (a lexicon word or inflected form), nil when it has none.
        func valence(_ word: String) -> Double? { index[word].flatMap { infos[$0].valence } }
    }
}

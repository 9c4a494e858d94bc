/// The small closed word lists the text stage itself needs to shape tokens. Sentiment lexicons are data files in
/// `Lexicons/`; these lists decide segmentation and flags, so they live beside the code that applies them.
enum TokenRules {
    /// Words that negate what follows; tokens whose lower-cased `norm` is one of these get `.negation`.
    /// Source: the negators of VADER's `NEGATE` list (Hutto & Gilbert 2014, vaderSentiment 3.3.2) written without
    /// apostrophes, plus the plain negators; hedges VADER also lists ("rarely", "seldom", "despite") are left to
    /// the scoring stage. Forms with an apostrophe ("...n't") are matched by `isNegator(bytes:count:)`.
    static let negators: Set<String> = [
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "without", "nowhere", "nope",
        "aint", "arent", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
        "mightnt", "mustnt", "neednt", "oughtnt", "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt",
    ]

    /// `negators` as ASCII bytes packed little-endian into a UInt64 each (all are at most 8 letters), sorted, for
    /// `isNegator(bytes:count:)`.
    static let packedNegators: [UInt64] = negators.map(pack).sorted()

    /// An ASCII word of at most eight bytes packed little-endian into a UInt64 (first byte lowest, the rest zero).
    static func pack(_ word: String) -> UInt64 {
        word.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// True when `key` is in `sorted` (binary search).
    static func sortedContains(_ sorted: [UInt64], _ key: UInt64) -> Bool {
        sorted.withUnsafeBufferPointer { sorted in
            var low = 0, high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] < key { low = mid + 1 } else { high = mid }
            }
            return low < sorted.count && sorted[low] == key
        }
    }

    /// True when the ASCII bytes, lower-cased, are a negator or end in "n't": the test of `isNegator` on the
    /// bytes of an ASCII token, without making a String or hashing one.
    static func isNegator(bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard count >= 2, count <= 9 else { return false }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        // Every negator starts with one of a c d h i m n o s w and ends with one of t o r g y e: most words stop here.
        switch lower(bytes[0]) {
        case 0x61, 0x63, 0x64, 0x68, 0x69, 0x6D, 0x6E, 0x6F, 0x73, 0x77: break
        default: return false
        }
        switch lower(bytes[count - 1]) {
        case 0x74, 0x6F, 0x72, 0x67, 0x79, 0x65: break
        default: return false
        }
        if count > 3, lower(bytes[count - 3]) == 0x6E, bytes[count - 2] == 0x27, lower(bytes[count - 1]) == 0x74 {
            return true
        }
        guard count <= 8 else { return false }
        var packed: UInt64 = 0
        for i in (0..<count).reversed() { packed = packed << 8 | UInt64(lower(bytes[i])) }
        return sortedContains(packedNegators, packed)
    }

    /// French and Italian articles and particles that elide before a vowel or h, lower-cased, without apostrophe:
    /// l'accueil, d'abord, j'ai, qu'il, c'est, n'est, s'il, m'a, t'as; dell'hotel, all'arrivo, un'ora, nell'area.
    static let elisionPrefixes: Set<String> = [
        "l", "d", "j", "qu", "c", "n", "s", "m", "t", "jusqu", "lorsqu", "puisqu",
        "dell", "all", "un", "nell", "sull", "dall", "quell", "bell", "sant", "quest",
    ]
    /// Longest elision prefix in UTF-16 units ("lorsqu", "puisqu", "jusqu").
    static let longestElisionPrefix = 6

    /// Abbreviations that name a person and so never end a sentence ("Mr. Smith", "Dr. Who").
    static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "mme", "mlle", "hr", "fr", "sen", "rep", "gen", "capt",
    ]
    /// `titleAbbreviations` and `abbreviations` packed (`pack`; all are at most eight bytes) and sorted, for
    /// the sentence pass, which packs the word before a full stop instead of making a String of it.
    static let packedTitleAbbreviations: [UInt64] = titleAbbreviations.map(pack).sorted()
    static let packedAbbreviations: [UInt64] = abbreviations.map(pack).sorted()
    /// Abbreviations that end a sentence only when the next one starts with a capital ("approx. 5 euros",
    /// "etc. and" do not split; "... etc. The room" does).
    static let abbreviations: Set<String> = [
        "approx", "etc", "e.g", "i.e", "eg", "ie", "vs", "no", "nr", "incl", "excl", "dept", "min", "max", "ca", "cf",
        "fig", "vol", "p", "pp", "ref", "tel", "est", "avg", "z.b", "bzw", "usw", "ggf", "inkl", "env", "p.ex",
    ]

    /// Emoticons, longest first so ":-))" wins over ":-)". A trailing mouth may repeat (":))))"). The common faces
    /// of VADER's lexicon (vaderSentiment 3.3.2 `vader_lexicon.txt`) and of the VADER tweet corpus.
    static let emoticons: [[UInt16]] = [
        ":-)", ":)", ":-(", ":(", ":-D", ":D", ";-)", ";)", ";-D", ";D", ":-P", ":P", ":-p", ":p", ";P", ";p",
        ":-/", ":/", ":\\", ":'-(", ":'(", ":')", ":-O", ":O", ":-o", ":o", ":-|", ":|", ":-*", ":*", ":]", ":[",
        ":3", "=)", "=(", "=D", ">:(", ">:-(", "<3", "</3", "XD", "xD", "^^", "^_^", "-_-", "T_T", "o_O", "O_o",
        "8-)", "=]", "=/", "=|", "=p", "=P", "=3", "(:", "(-:", "):", ")-:", ":@", ":s", ":S", ":>", ":<", ">:)",
        ">:-)", ">:/", ">.<", "\\o/", "O.o", "o.O", ":o)", ":^)", ";]", ":-]", ":-[", ":-\\", ":$", "0:)", "0:-)",
    ].map { Array($0.utf16) }.sorted { $0.count > $1.count }

    /// `emoticonPairs[first << 7 | second]` is true when some emoticon starts with those two ASCII characters: the
    /// scanner's cheap test before it compares whole emoticons.
    static let emoticonPairs: [Bool] = {
        var table = [Bool](repeating: false, count: 128 * 128)
        for face in emoticons { table[Int(face[0]) << 7 | Int(face[1])] = true }
        return table
    }()
}

/// Word segments of the text stage: each call to `next()` gives the end of the next segment and ICU's rule status
/// for it (<100 none, 1xx number, 2xx letter, 3xx kana, 4xx ideographic).
protocol WordSegments {
    /// True when every segment is ASCII text (the analyzer then takes its ASCII path for each token).
    static var isASCII: Bool { get }
    /// False when the last segment certainly holds no apostrophe (so it cannot be an elision like "l'hotel").
    var lastMayHoldApostrophe: Bool { get }
    /// Where the last segment starts: the end of the one before, unless runs of spaces were skipped between them.
    var lastStart: Int { get }
    mutating func next() -> (end: Int, status: Int32)?
}

/// ICU's word break iterator as `WordSegments`.
struct ICUWordSegments: WordSegments {
    static var isASCII: Bool { false }
    var lastMayHoldApostrophe: Bool { true }
    private(set) var lastStart = 0
    private var previousEnd = 0
    let iterator: BreakIterator

    init(iterator: BreakIterator) {
        self.iterator = iterator
    }

    @inline(__always) mutating func next() -> (end: Int, status: Int32)? {
        guard let end = iterator.next() else { return nil }
        lastStart = previousEnd
        previousEnd = end
        return (end, iterator.ruleStatus)
    }
}

/// UAX #29 word boundaries for text that is entirely ASCII, giving exactly the segments and rule statuses of ICU's
/// word break iterator (root rules, ICU 72) without calling it: ICU's state machine is generic over all of
/// Unicode and was the largest single cost of the text stage. `ASCIIWordBreakerTests` proves the two agree on
/// every text of the shared corpora and on random ASCII.
///
/// The rules that can apply to ASCII (UAX #29 §4.1.1; ICU's `word.txt` drops the colon from MidLetter):
/// - WB3, WB3a, WB3b: CR LF is one segment; line breaks (LF, VT, FF, CR) stand alone.
/// - WB3d: a run of spaces is one segment.
/// - WB5, WB8–WB10, WB13a/b: letters, digits and `_` run together; ICU counts `@` as a letter.
/// - WB6/WB7: letter (`.` or `'`) letter joins ("o'clock", "e.g").
/// - WB11/WB12: digit (`.` `,` `;` or `'`) digit joins ("3.5", "1,000").
/// - everything else is a segment of one character.
struct ASCIIWordBreaker: WordSegments {
    static var isASCII: Bool { true }
    private let units: UnsafePointer<UInt16>
    private let count: Int
    /// `wordCharacters`, read once per text rather than once per character.
    private let isWordUnit: UnsafePointer<Bool>
    private var position = 0
    /// The last segment joined two characters across an apostrophe ("o'clock", "l'hotel", "1'2").
    private(set) var lastMayHoldApostrophe = false

    /// ICU's rule statuses for the segments that can arise from ASCII (UBRK_WORD_NONE, _NUMBER, _LETTER).
    static let none: Int32 = 0, number: Int32 = 100, letter: Int32 = 200

    private(set) var lastStart = 0
    /// Runs of spaces make no token: the analyzer has the breaker step over them instead of returning them
    /// (a space never joins a neighbour in UAX #29, so the other segments stay as they are).
    private let skipsSpaces: Bool

    /// `units` must all be below 0x80 and stay valid while the breaker is used.
    init(_ units: UnsafePointer<UInt16>, count: Int, skipsSpaces: Bool = false) {
        self.units = units
        self.count = count
        self.skipsSpaces = skipsSpaces
        isWordUnit = Self.wordCharacters
    }

    /// Inlined into the token loop, the call per segment (half of them single spaces) goes away.
    @inline(__always) mutating func next() -> (end: Int, status: Int32)? {
        let p = units, n = count
        var start = position
        if skipsSpaces { while start < n && p[start] == 0x20 { start += 1 } }
        guard start < n else { return nil }
        lastStart = start
        let u = p[start]
        var end = start + 1
        var status = Self.none
        lastMayHoldApostrophe = false
        switch Self.classOf(u) {
        case .cr:
            if end < n, p[end] == 0x0A { end += 1 }
        case .space:
            while end < n, p[end] == 0x20 { end += 1 }
        case .letter, .digit, .underscore:
            var i = start + 1
            while true {
                while i < n, isWordUnit[Int(p[i])] { i += 1 }
                // A middle character joins only between two letters or two digits.
                guard i + 1 < n else { break }
                let mid = Self.classOf(p[i])
                guard mid == .midNumLet || mid == .midNum else { break }
                let before = Self.classOf(p[i - 1]), after = Self.classOf(p[i + 1])
                guard (before == .letter && after == .letter && mid == .midNumLet) || (before == .digit && after == .digit)
                else { break }
                if p[i] == 0x27 { lastMayHoldApostrophe = true }
                i += 2
            }
            end = i
            // ICU tags the segment with the status of the last rule that joined it, so the last pair of characters
            // decides: a letter or digit tags by itself; `_` right after a digit is a number, after anything else a
            // word, and alone nothing.
            switch Self.classOf(p[end - 1]) {
            case .letter: status = Self.letter
            case .digit: status = Self.number
            default: status = end - start == 1 ? Self.none : Self.classOf(p[end - 2]) == .digit ? Self.number : Self.letter
            }
        default:
            break
        }
        position = end
        return (end, status)
    }

    enum CharacterClass: UInt8 {
        case other, cr, space, letter, digit, underscore, midNumLet, midNum
    }

    /// `isWordCharacter` as a table of the 128 ASCII units: one load per character in the loop over a word, where
    /// the bit set took a range test and a select. Allocated once and never freed; written only by its initialiser
    /// (which Swift runs once), so sharing it across threads is safe.
    nonisolated(unsafe) static let wordCharacters: UnsafePointer<Bool> = {
        let table = UnsafeMutablePointer<Bool>.allocate(capacity: 128)
        for u in 0..<128 { (table + u).initialize(to: isWordCharacter(UInt16(u))) }
        return UnsafePointer(table)
    }()

    /// Letters (with "@"), digits and "_": the characters that always run together (a 128-bit set).
    @inline(__always) static func isWordCharacter(_ u: UInt16) -> Bool {
        u < 64 ? (0x03FF_0000_0000_0000 as UInt64) & (1 << UInt64(u)) != 0
            : u < 128 && (0x07FF_FFFE_87FF_FFFF as UInt64) & (1 << UInt64(u - 64)) != 0
    }

    /// The word-break class of an ASCII unit (a switch the compiler turns into range tests: a table in a global
    /// would cost a lazy-initialisation check on every read).
    @inline(__always) static func classOf(_ u: UInt16) -> CharacterClass {
        switch u {
        case 0x61...0x7A, 0x41...0x5A, 0x40: return .letter // ICU's word rules count "@" as a letter
        case 0x20: return .space
        case 0x30...0x39: return .digit
        case 0x2E, 0x27: return .midNumLet // FULL STOP (MidNumLet), APOSTROPHE (Single_Quote)
        case 0x2C, 0x3B: return .midNum // COMMA, SEMICOLON
        case 0x5F: return .underscore
        case 0x0D: return .cr
        default: return .other
        }
    }
}

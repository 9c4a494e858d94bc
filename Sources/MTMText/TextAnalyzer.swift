internal import CICU
import MTMRecord

/// The text stage: splits a record's text into sentences and tokens with ICU, normalises each token for matching,
/// and keeps every token's range in the original text.
///
/// Work happens in three linear passes over one UTF-16 copy of the text: tokens (ICU word breaks, with URLs,
/// e-mails, mentions, hashtags, emoticons and contractions merged, French/Italian elision split), sentences (ICU
/// sentence breaks, adjusted for abbreviations and wrapped lines), then offsets and normalised forms.
///
/// An analyzer owns ICU break iterators, which are not thread-safe: give each worker its own analyzer, made with
/// `makeWorker()` (copies of the struct share their iterators, so do not hand copies to other threads).
public struct TextAnalyzer {
    public let configuration: TextConfiguration
    let state: State

    public init(_ configuration: TextConfiguration = TextConfiguration()) throws(TextError) {
        self.configuration = configuration
        state = try State(configuration)
    }

    /// An analyzer with the same configuration and its own ICU iterators (cloned, not opened again), for another
    /// worker thread.
    public func makeWorker() throws(TextError) -> TextAnalyzer {
        try TextAnalyzer(configuration: configuration, state: State(cloning: state))
    }

    private init(configuration: TextConfiguration, state: State) {
        self.configuration = configuration
        self.state = state
    }

    /// Segments and normalises `text`.
    public func analyze(_ text: String) -> AnalyzedText {
        state.analyze(text)
    }

    /// A token before offsets and norm are known: a UTF-16 span of the analyzer's buffer.
    struct RawToken {
        var start: Int
        var end: Int
        var kind: TokenKind
        var flags: TokenFlags = []
        var repeatCount = 1
    }

    /// Per-analyzer ICU handles and buffers reused from one document to the next.
    final class State {
        let words: BreakIterator
        let sentences: BreakIterator
        let normalizer: Normalizer
        /// German keeps a letter written three times ("Schifffahrt"); elongation needs four there.
        let keepsTripleLetters: Bool
        let buffer = UTF16Buffer()
        var scratch: [UInt16] = []
        var folded: [UInt16] = []
        let asciiScratch = ByteScratch()
        let negators = NegatorTable()
        /// Short ASCII norms are made as inline small Strings (`SmallASCIIString`), where that layout holds.
        private(set) var packsSmallStrings = SmallASCIIString.checkSupported()
        // The per-document buffers below are touched only from `analyze` (one thread per analyzer, never
        // re-entered), so their dynamic exclusivity checks, a runtime call per access, are left out.
        @exclusivity(unchecked) var spans: [SpecialSpan] = []
        let rawStorage = RawTokenStorage()
        @exclusivity(unchecked) var raw: RawTokens
        @exclusivity(unchecked) var sentenceEnds: [Int] = []
        @exclusivity(unchecked) var groupBuffer: [SentenceGroup] = []
        /// Where the sentence iterator's text starts in `buffer` (its boundaries are relative to this).
        var sentenceOffset = 0
        var scriptNames: [Int32: Script] = [:]
        /// The ways around ICU the analyzer may take; tests turn them off to hold the output to ICU's.
        var shortcuts = Shortcuts.all {
            didSet {
                packsSmallStrings = shortcuts.contains(.smallStringNorms) && SmallASCIIString.checkSupported()
            }
        }

        struct Shortcuts: OptionSet {
            let rawValue: Int
            /// `ASCIIWordBreaker` instead of ICU's word iterator on all-ASCII text.
            static let asciiWords = Shortcuts(rawValue: 1)
            /// No sentence pass when no sentence end can have a token after it (`PatternScanner.hasContent`).
            static let skipSentencePass = Shortcuts(rawValue: 2)
            /// Short ASCII norms packed into small Strings (`SmallASCIIString`) instead of decoded and validated.
            static let smallStringNorms = Shortcuts(rawValue: 4)
            /// ICU's sentence pass starts shortly before the first possible sentence end instead of at the text's
            /// start (`sentenceWindowStart`).
            static let sentenceWindow = Shortcuts(rawValue: 8)
            static let all: Shortcuts = [.asciiWords, .skipSentencePass, .smallStringNorms, .sentenceWindow]
        }

        init(_ configuration: TextConfiguration) throws(TextError) {
            words = try BreakIterator(.word, locale: configuration.locale)
            let sentenceLocale = configuration.locale.contains("@") ? configuration.locale
                : configuration.locale + "@ss=standard"
            sentences = try BreakIterator(.sentence, locale: sentenceLocale)
            normalizer = try Normalizer(configuration.normalization)
            keepsTripleLetters = configuration.locale.lowercased().hasPrefix("de")
            raw = RawTokens(rawStorage)
        }

        init(cloning other: State) throws(TextError) {
            words = try BreakIterator(cloning: other.words)
            sentences = try BreakIterator(cloning: other.sentences)
            normalizer = other.normalizer
            keepsTripleLetters = other.keepsTripleLetters
            raw = RawTokens(rawStorage)
        }

        func analyze(_ text: String) -> AnalyzedText {
            buffer.load(text)
            let count = buffer.count
            guard count > 0 else { return AnalyzedText(text: text, sentences: [], hasMixedCase: false) }
            if !spans.isEmpty { spans.removeAll(keepingCapacity: true) } // most texts have none
            let firstEnd = PatternScanner.scan(buffer, into: &spans)
            let needsSentencePass = firstEnd.map {
                !shortcuts.contains(.skipSentencePass) || PatternScanner.hasContent(after: $0, buffer)
            } ?? false
            // setText cannot fail for a valid pointer and length; a failure would leave the iterators on old text,
            // so treat it as no text rather than give wrong offsets. Each iterator is set only when it will run.
            do {
                if buffer.isASCII && shortcuts.contains(.asciiWords) {
                    collectTokens(ASCIIWordBreaker(buffer.pointer, count: count, skipsSpaces: true))
                } else {
                    try words.setText(buffer.pointer, count: count)
                    collectTokens(ICUWordSegments(iterator: words))
                }
                if needsSentencePass, let firstEnd {
                    sentenceOffset = shortcuts.contains(.sentenceWindow) ? sentenceWindowStart(before: firstEnd) : 0
                    try sentences.setText(buffer.pointer + sentenceOffset, count: count - sentenceOffset)
                }
            } catch {
                return AnalyzedText(text: text, sentences: [], hasMixedCase: false)
            }
            guard needsSentencePass else {
                // One sentence holding every token (what `sentenceGroups` gives then), without its array.
                var group = SentenceGroup(start: 0, end: count, tokens: 0..<raw.count)
                return withUnsafePointer(to: &group) {
                    build(text, UnsafeBufferPointer(start: $0, count: raw.isEmpty ? 0 : 1))
                }
            }
            return sentenceGroups(mayEndSentence: true).withUnsafeBufferPointer { build(text, $0) }
        }

        /// Pass 1: word segments, with special spans taking precedence over the segments they cover.
        private func collectTokens<Segments: WordSegments>(_ segments: Segments) {
            var segments = segments
            // Work on locals: a class property would be access-checked on every append.
            rawStorage.reserve(buffer.count)
            var raw = RawTokens(rawStorage)
            defer { self.raw = raw }
            // Only the count is read in the loop: most texts have no span, and a local copy of the array cost a
            // retain and a release per text.
            let spanCount = spans.count
            let isPlainPunctuation = Self.plainPunctuation
            var spanIndex = 0
            var position = 0
            var segmentStart = 0
            while let (segmentEnd, status) = segments.next() {
                segmentStart = segments.lastStart
                var s = max(segmentStart, position)
                var whole = s == segmentStart
                while s < segmentEnd {
                    if spanIndex < spanCount, spans[spanIndex].range.lowerBound < segmentEnd {
                        let span = spans[spanIndex]
                        if span.range.lowerBound > s {
                            if Segments.isASCII {
                                emitASCII(s, span.range.lowerBound, status: nil, mayElide: true, into: &raw)
                            } else {
                                emit(s, span.range.lowerBound, status: nil, into: &raw)
                            }
                        }
                        raw.append(RawToken(start: span.range.lowerBound, end: span.range.upperBound, kind: span.kind))
                        s = span.range.upperBound
                        spanIndex += 1
                        whole = false
                    } else {
                        if Segments.isASCII {
                            // The common segments first, without a call: a word without apostrophe, a number, a
                            // run of spaces (what `emitASCII` makes of them, taken early).
                            if whole && (status == ASCIIWordBreaker.letter && !segments.lastMayHoldApostrophe
                                         || status == ASCIIWordBreaker.number) {
                                raw.append(RawToken(start: s, end: segmentEnd,
                                                    kind: status == ASCIIWordBreaker.letter ? .word : .number))
                            } else if whole && status == ASCIIWordBreaker.none && segmentEnd - s == 1
                                        && isPlainPunctuation[Int(buffer.pointer[s])] {
                                raw.append(RawToken(start: s, end: segmentEnd, kind: .punctuation))
                            } else if !(whole && status == ASCIIWordBreaker.none && buffer.pointer[s] == 0x20) {
                                emitASCII(s, segmentEnd, status: whole ? status : nil,
                                          mayElide: !whole || segments.lastMayHoldApostrophe, into: &raw)
                            }
                        } else {
                            emit(s, segmentEnd, status: whole ? status : nil, into: &raw)
                        }
                        s = segmentEnd
                    }
                }
                position = max(position, s)
                segmentStart = segmentEnd
            }
        }

        /// Adds the segment `start..<end`; `status` is ICU's rule status, nil for a piece of a segment.
        private func emit(_ start: Int, _ end: Int, status: Int32?, into raw: inout RawTokens) {
            if buffer[end - 1] == 0x20E3 {
                // ICU keeps "1️⃣2️⃣" together as one number: each keycap is an emoji of its own.
                var pieceStart = start
                for i in start..<end where buffer[i] == 0x20E3 {
                    raw.append(RawToken(start: pieceStart, end: i + 1, kind: .emoji))
                    pieceStart = i + 1
                }
                if pieceStart < end { emit(pieceStart, end, status: nil, into: &raw) }
                return
            }
            // Spaces and ASCII controls make no token (the ASCII case below, taken early: every other segment of
            // running text is a space).
            if buffer[start] <= 0x20 && (status ?? 0) < 100 { return }
            let first = buffer.codePoint(at: start)
            let status = status ?? Self.ruleStatus(of: first)
            let kind: TokenKind
            var flags: TokenFlags = []
            switch status {
            case 100..<200: kind = .number
            case 200..<300: kind = .word
            case 300..<500: kind = .word; flags.insert(.ideographic)
            default:
                if first < 0x80 {
                    // ASCII: spaces and controls make no token; the rest is punctuation or a symbol ($ + < = > ^ ` | ~).
                    if first <= 0x20 || first == 0x7F { return }
                    kind = Self.isASCIISymbol(first) ? .symbol : .punctuation
                } else if (u_hasBinaryProperty(first, UCHAR_EXTENDED_PICTOGRAPHIC) != 0 && !isTextSymbol(first, start, end))
                    || u_hasBinaryProperty(first, UCHAR_REGIONAL_INDICATOR) != 0 {
                    kind = .emoji
                } else if u_isUWhiteSpace(first) != 0 || Self.isInvisible(first) {
                    return
                } else if u_ispunct(first) != 0 {
                    kind = .punctuation
                } else {
                    kind = .symbol
                }
            }
            if kind == .punctuation, end - start == 1, Self.isEmphasisMark(buffer[start]),
               let last = raw.last, last.kind == .punctuation, last.end == start,
               Self.isEmphasisMark(buffer[last.start]) {
                // "!!!" and "?!?" arrive one mark at a time; keep the run as one token with its count.
                raw[raw.count - 1].end = end
                raw[raw.count - 1].repeatCount += 1
                return
            }
            if kind == .word, let split = elisionSplit(start, end) {
                raw.append(RawToken(start: start, end: split, kind: .word, flags: [.elided, .apostrophe]))
                raw.append(RawToken(start: split, end: end, kind: .word, flags: flags))
                return
            }
            raw.append(RawToken(start: start, end: end, kind: kind, flags: flags))
        }

        /// `emit` for ASCII text: the same tokens without the code point, keycap and emoji work only other text needs.
        @inline(__always)
        /// `mayElide` false skips the elision test (the breaker saw no apostrophe in the segment).
        private func emitASCII(_ start: Int, _ end: Int, status: Int32?, mayElide: Bool,
                               into raw: inout RawTokens) {
            let p = buffer.pointer
            let first = p[start]
            let kind: TokenKind
            switch status ?? Self.asciiRuleStatus(of: first) {
            case 100..<200: kind = .number
            case 200..<300: kind = .word
            default:
                // Spaces and controls make no token; the rest is punctuation or a symbol ($ + < = > ^ ` | ~).
                if first <= 0x20 || first == 0x7F { return }
                kind = Self.isASCIISymbol(Int32(first)) ? .symbol : .punctuation
            }
            if kind == .punctuation, end - start == 1, Self.isEmphasisMark(first),
               let last = raw.last, last.kind == .punctuation, last.end == start, Self.isEmphasisMark(p[last.start]) {
                raw[raw.count - 1].end = end
                raw[raw.count - 1].repeatCount += 1
                return
            }
            // An elision needs a letter, an apostrophe and a vowel: three units at least.
            if kind == .word, mayElide, end - start >= 3, let split = elisionSplit(start, end) {
                raw.append(RawToken(start: start, end: split, kind: .word, flags: [.elided, .apostrophe]))
                raw.append(RawToken(start: split, end: end, kind: .word))
                return
            }
            raw.append(RawToken(start: start, end: end, kind: kind))
        }

        /// ASCII units that `emitASCII` makes a punctuation token of, alone and on their own (no space or control, no
        /// symbol, no "!" or "?", which join runs): `collectTokens` appends these without the call. Allocated once
        /// and never freed; written only by its initialiser (which Swift runs once), so sharing it is safe.
        nonisolated(unsafe) static let plainPunctuation: UnsafePointer<Bool> = {
            let table = UnsafeMutablePointer<Bool>.allocate(capacity: 128)
            for u in 0..<128 {
                (table + u).initialize(to: u > 0x20 && u != 0x7F && !isASCIISymbol(Int32(u))
                                       && !isEmphasisMark(UInt16(u)))
            }
            return UnsafePointer(table)
        }()

        /// `ruleStatus(of:)` for an ASCII unit: digits are numbers, letters words.
        @inline(__always) static func asciiRuleStatus(of u: UInt16) -> Int32 {
            u &- 0x30 < 10 ? 100 : (u | 0x20) &- 0x61 < 26 ? 200 : 0
        }

        /// Where "l'accueil", "qu’il", "dell'albergo" split: after the apostrophe of a known article or particle
        /// that is followed by a vowel or h. Nil for anything else ("don't", "c'mon").
        private func elisionSplit(_ start: Int, _ end: Int) -> Int? {
            let limit = min(end - 2, start + TokenRules.longestElisionPrefix)
            var k = start + 1
            while k <= limit, !Self.isElisionApostrophe(buffer[k]) { k += 1 }
            guard k <= limit, Self.isElidingVowel(buffer[k + 1]) else { return nil }
            var prefix = ""
            for i in start..<k {
                let u = buffer[i]
                guard PatternScanner.isASCIILetter(u) else { return nil }
                prefix.unicodeScalars.append(Unicode.Scalar(UInt8(u | 0x20)))
            }
            return TokenRules.elisionPrefixes.contains(prefix) ? k + 1 : nil
        }

        /// © ® ™ ‼ ⁉ ℹ and the like are pictographic but read as text unless a variation selector (U+FE0F) asks for
        /// the emoji form: they stay symbols. (Everything from the arrows block up is an emoji, with or without one.)
        private func isTextSymbol(_ c: Int32, _ start: Int, _ end: Int) -> Bool {
            c < 0x2190 && !(start + 1 < end && buffer[start + 1] == 0xFE0F)
        }

        @inline(__always) static func isASCIISymbol(_ c: Int32) -> Bool {
            c == 0x24 || c == 0x2B || c == 0x3C || c == 0x3D || c == 0x3E || c == 0x5E || c == 0x60 || c == 0x7C
                || c == 0x7E || (c >= 0x30 && c <= 0x39) || PatternScanner.isASCIILetter(UInt16(c))
        }

        /// A rule status for a piece of a segment, from its first character.
        static func ruleStatus(of c: Int32) -> Int32 {
            if u_isdigit(c) != 0 { return 100 }
            if u_isalpha(c) != 0 { return 200 }
            return 0
        }

        /// Control and format characters (NUL, BOM, a stray joiner) that make no token of their own.
        static func isInvisible(_ c: Int32) -> Bool {
            let type = Int32(u_charType(c))
            return type == Int32(U_CONTROL_CHAR.rawValue) || type == Int32(U_FORMAT_CHAR.rawValue)
        }

        @inline(__always) static func isEmphasisMark(_ u: UInt16) -> Bool {
            u == 0x21 || u == 0x3F || u == 0xFF01 || u == 0xFF1F || u == 0xA1 || u == 0xBF
        }

        @inline(__always) static func isElisionApostrophe(_ u: UInt16) -> Bool {
            u == 0x27 || u == 0x2019 || u == 0xFF07
        }

        /// a e i o u y h and their accented forms (Latin-1 range and Œ/œ), either case.
        static func isElidingVowel(_ u: UInt16) -> Bool {
            switch u | 0x20 {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x68: return true
            default: break
            }
            switch u {
            case 0xC0...0xC6, 0xC8...0xCF, 0xD2...0xD6, 0xD9...0xDC, 0xE0...0xE6, 0xE8...0xEF, 0xF2...0xF6, 0xF9...0xFC,
                 0x152, 0x153:
                return true
            default: return false
            }
        }
    }
}

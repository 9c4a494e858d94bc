internal import CICU
import MTMRecord

/// The text stage: splits a record's text into sentences and tokens with ICU, normalises each token for matching,
/// and keeps every token's range in the original text.
///
/// An analyzer owns ICU break iterators, which are not thread-safe: give each worker its own analyzer (copies share
/// their iterators, so do not hand copies to other threads).
public struct TextAnalyzer {
    public let configuration: TextConfiguration
    private let state: State

    public init(_ configuration: TextConfiguration = TextConfiguration()) throws(TextError) {
        self.configuration = configuration
        state = try State(configuration)
    }

    /// Segments and normalises `text`.
    public func analyze(_ text: String) -> AnalyzedText {
        state.analyze(text)
    }

    /// Per-analyzer ICU handles and reusable buffers.
    final class State {
        let words: BreakIterator
        let sentences: BreakIterator
        let normalizer: Normalizer
        let buffer = UTF16Buffer()
        var scratch: [UInt16] = []

        init(_ configuration: TextConfiguration) throws(TextError) {
            words = try BreakIterator(.word, locale: configuration.locale)
            let sentenceLocale = configuration.locale.contains("@") ? configuration.locale : configuration.locale + "@ss=standard"
            sentences = try BreakIterator(.sentence, locale: sentenceLocale)
            normalizer = try Normalizer(configuration.normalization)
        }

        func analyze(_ text: String) -> AnalyzedText {
            buffer.load(text)
            let count = buffer.count
            guard count > 0 else { return AnalyzedText(text: text, sentences: [], hasMixedCase: false) }
            // setText cannot fail for a valid pointer and length; a failure would leave the iterators on old text,
            // so treat it as no text rather than wrong offsets.
            do {
                try words.setText(buffer.pointer, count: count)
                try sentences.setText(buffer.pointer, count: count)
            } catch {
                return AnalyzedText(text: text, sentences: [], hasMixedCase: false)
            }

            var sentenceEnds: [Int] = []
            while let b = sentences.next() { sentenceEnds.append(b) }

            var cursor = OffsetCursor()
            var sentenceList: [Sentence] = []
            var current: [Token] = []
            var sentenceIndex = 0
            var sentenceStart = (u8: 0, scalar: 0)
            var sawUpper = false, sawLower = false
            var start = words.first()

            func closeSentences(upTo u16: Int, cursor: inout OffsetCursor) {
                while sentenceIndex < sentenceEnds.count, sentenceEnds[sentenceIndex] <= u16 {
                    let end = sentenceEnds[sentenceIndex]
                    let endOffsets = cursor.peek(to: end, in: buffer)
                    if !current.isEmpty {
                        sentenceList.append(Sentence(utf8Range: sentenceStart.u8..<endOffsets.u8,
                                                     scalarRange: sentenceStart.scalar..<endOffsets.scalar,
                                                     tokens: current))
                        current = []
                    }
                    sentenceStart = endOffsets
                    sentenceIndex += 1
                }
            }

            while let end = words.next() {
                let status = words.ruleStatus
                closeSentences(upTo: start, cursor: &cursor)
                cursor.advance(to: start, in: buffer)
                let startOffsets = (u8: cursor.u8, scalar: cursor.scalar)
                let first = buffer.codePoint(at: start)
                if status < 100 && u_isUWhiteSpace(first) != 0 {
                    start = end
                    continue
                }
                cursor.advance(to: end, in: buffer)
                let range8 = startOffsets.u8..<cursor.u8
                let rangeScalar = startOffsets.scalar..<cursor.scalar
                let kind: TokenKind
                var flags: TokenFlags = []
                switch status {
                case 100..<200: kind = .number
                case 200..<300: kind = .word
                case 300..<500: kind = .word; flags.insert(.ideographic)
                default:
                    if u_hasBinaryProperty(first, UCHAR_EXTENDED_PICTOGRAPHIC) != 0
                        || u_hasBinaryProperty(first, UCHAR_REGIONAL_INDICATOR) != 0 {
                        kind = .emoji
                    } else if u_ispunct(first) != 0 {
                        kind = .punctuation
                    } else {
                        kind = .symbol
                    }
                }
                if kind == .word {
                    let (upper, lower) = caseShape(from: start, to: end)
                    sawUpper = sawUpper || upper > 0
                    sawLower = sawLower || lower > 0
                    if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
                }
                var norm = normalizer.normalize(buffer.pointer + start, count: end - start, scratch: &scratch)
                if kind == .punctuation, let previous = current.last, previous.kind == .punctuation,
                   previous.utf8Range.upperBound == range8.lowerBound,
                   Self.isEmphasisMark(previous.norm.unicodeScalars.last), Self.isEmphasisMark(norm.unicodeScalars.first) {
                    // "!!!" and "?!?" arrive one mark at a time; keep the run as one token with its count.
                    var merged = previous
                    merged.norm += norm
                    merged.utf8Range = previous.utf8Range.lowerBound..<range8.upperBound
                    merged.scalarRange = previous.scalarRange.lowerBound..<rangeScalar.upperBound
                    merged.repeatCount += 1
                    current[current.count - 1] = merged
                    start = end
                    continue
                }
                norm = TypographicFolding.fold(norm)
                let script = ScriptName.of(first)
                current.append(Token(kind: kind, norm: norm, utf8Range: range8, scalarRange: rangeScalar,
                                     flags: flags, script: script))
                start = end
            }
            closeSentences(upTo: count, cursor: &cursor)
            if !current.isEmpty {
                let endOffsets = cursor.peek(to: count, in: buffer)
                sentenceList.append(Sentence(utf8Range: sentenceStart.u8..<endOffsets.u8,
                                             scalarRange: sentenceStart.scalar..<endOffsets.scalar, tokens: current))
            }
            return AnalyzedText(text: text, sentences: sentenceList, hasMixedCase: sawUpper && sawLower)
        }

        /// Counts upper- and lower-case letters in a UTF-16 span.
        private func caseShape(from start: Int, to end: Int) -> (upper: Int, lower: Int) {
            var upper = 0, lower = 0
            var i = start
            while i < end {
                let c = buffer.codePoint(at: i)
                if u_isUUppercase(c) != 0 { upper += 1 } else if u_isULowercase(c) != 0 { lower += 1 }
                i += c > 0xFFFF ? 2 : 1
            }
            return (upper, lower)
        }

        static func isEmphasisMark(_ scalar: Unicode.Scalar?) -> Bool {
            scalar == "!" || scalar == "?"
        }
    }
}

/// Walks a UTF-16 buffer forwards, keeping the matching UTF-8 byte and scalar offsets. Boundaries only move
/// forwards, so mapping all of a document's boundaries costs one pass.
struct OffsetCursor {
    var u16 = 0
    var u8 = 0
    var scalar = 0

    mutating func advance(to target: Int, in buffer: UTF16Buffer) {
        while u16 < target {
            let unit = buffer[u16]
            if unit < 0x80 {
                u8 += 1; u16 += 1
            } else if unit < 0x800 {
                u8 += 2; u16 += 1
            } else if unit & 0xFC00 == 0xD800, u16 + 1 < buffer.count, buffer[u16 + 1] & 0xFC00 == 0xDC00 {
                u8 += 4; u16 += 2
            } else {
                u8 += 3; u16 += 1
            }
            scalar += 1
        }
    }

    /// The offsets at `target` without moving.
    func peek(to target: Int, in buffer: UTF16Buffer) -> (u8: Int, scalar: Int) {
        var copy = self
        copy.advance(to: target, in: buffer)
        return (copy.u8, copy.scalar)
    }
}

extension UTF16Buffer {
    /// The code point starting at UTF-16 index `i` (a surrogate pair read whole).
    func codePoint(at i: Int) -> Int32 {
        let unit = self[i]
        if unit & 0xFC00 == 0xD800, i + 1 < count {
            let low = self[i + 1]
            if low & 0xFC00 == 0xDC00 {
                return Int32(0x10000 + ((Int(unit) - 0xD800) << 10) + (Int(low) - 0xDC00))
            }
        }
        return Int32(unit)
    }
}

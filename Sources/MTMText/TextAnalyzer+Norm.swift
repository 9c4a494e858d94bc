internal import CICU

extension TextAnalyzer.State {
    /// Pass 3: UTF-8 and scalar offsets (one forward walk), normalised forms and flags.
    func build(_ text: String, _ groups: UnsafeBufferPointer<SentenceGroup>) -> AnalyzedText {
        var cursor = OffsetCursor()
        var shape = CaseShape()
        var result: [Sentence]
        if groups.count == 1 {
            // Nine records in ten are one sentence: an array literal allocates it directly, where
            // `reserveCapacity` takes the general growth path.
            result = [sentence(groups[0], &cursor, &shape)]
        } else {
            result = []
            result.reserveCapacity(groups.count)
            for group in groups { result.append(sentence(group, &cursor, &shape)) }
        }
        let mixed = shape.sawUpper && shape.sawLower
        if shape.sawAllCaps && !mixed {
            // ALL-CAPS is emphasis only against lower case elsewhere in the record.
            for s in result.indices {
                for t in result[s].tokens.indices { result[s].tokens[t].flags.remove(.allCaps) }
            }
        }
        return AnalyzedText(text: text, sentences: result, hasMixedCase: mixed)
    }

    /// The sentence of `group`, with offsets from `cursor`.
    @inline(__always)
    private func sentence(_ group: SentenceGroup, _ cursor: inout OffsetCursor, _ shape: inout CaseShape) -> Sentence {
        cursor.advance(to: group.start, in: buffer)
        let start = (u8: cursor.u8, scalar: cursor.scalar)
        let tokens = self.tokens(group.tokens, &cursor, &shape)
        cursor.advance(to: group.end, in: buffer)
        return Sentence(utf8Range: start.u8..<cursor.u8, scalarRange: start.scalar..<cursor.scalar, tokens: tokens)
    }

    /// The tokens of `raw[indices]`, with offsets from `cursor` and norms.
    // A function of its own (a call per sentence): inside `build`, the optimiser kept `reserveCapacity` as a call
    // and then checked the array's uniqueness on every append.
    @inline(never)
    private func tokens(_ indices: Range<Int>, _ offsets: inout OffsetCursor, _ shape: inout CaseShape) -> [Token] {
        // A local copy, so the offsets stay in registers through the loop.
        var cursor = offsets
        defer { offsets = cursor }
        let raw = self.raw
        let isASCII = buffer.isASCII, units = buffer.pointer
        var tokens: [Token] = []
        tokens.reserveCapacity(indices.count)
        // Hoisted out of the token loop (class fields are read again after every call the loop makes): room for the
        // longest ASCII norm, and whether short norms may be packed from the text's bytes.
        let out = asciiScratch.reserve(buffer.count + Self.asciiScratchPadding)
        let packs = isASCII && packsSmallStrings
        for index in indices {
            let rawToken = raw[index]
            let tokenStart: (u8: Int, scalar: Int)
            if isASCII {
                cursor.advanceASCII(to: rawToken.start)
                tokenStart = (cursor.u8, cursor.scalar)
                cursor.advanceASCII(to: rawToken.end)
            } else {
                cursor.advance(to: rawToken.start, in: buffer)
                tokenStart = (cursor.u8, cursor.scalar)
                cursor.advance(to: rawToken.end, in: buffer)
            }
            var flags = rawToken.flags
            let norm = self.norm(rawToken, &flags, &shape, out: out, packs: packs)
            // ASCII text has two scripts: Latin letters and common characters.
            let script = isASCII ? (PatternScanner.isASCIILetter(units[rawToken.start]) ? .latin : .common)
                : self.script(at: rawToken.start)
            tokens.append(Token(kind: rawToken.kind, norm: norm, utf8Range: tokenStart.u8..<cursor.u8,
                                scalarRange: tokenStart.scalar..<cursor.scalar, flags: flags,
                                repeatCount: rawToken.repeatCount, script: script))
        }
        return tokens
    }

    /// How much longer than the text the norm scratch is: `SmallASCIIString.pack` reads 16 bytes whatever the
    /// count; `ASCIILanes` reads and writes up to eight past it.
    static let asciiScratchPadding = 16

    /// Letter case seen across a record.
    struct CaseShape {
        var sawUpper = false
        var sawLower = false
        var sawAllCaps = false
    }

    /// The token's `norm`; sets the flags that depend on the text (apostrophe, elongation, negation, ALL-CAPS).
    /// The ASCII case is inlined into the token loop; everything else takes `unicodeNorm`.
    // `@_transparent`, not `@inline(__always)`: with the latter the optimiser left `norm` or `asciiNorm` as a call
    // per token once `build` grew (about 50 M more instructions for `mtm-bench text --mb 1`).
    @_transparent
    private func norm(_ rawToken: TextAnalyzer.RawToken, _ flags: inout TokenFlags, _ shape: inout CaseShape,
                      out: UnsafeMutablePointer<UInt8>, packs: Bool) -> String {
        let kind = rawToken.kind
        if kind != .emoji && kind != .emoticon {
            let isWord = kind == .word
            var upper = 0, lower = 0
            if let ascii = asciiNorm(rawToken.start..<rawToken.end, isWord: isWord, upper: &upper, lower: &lower,
                                     out: out, packs: packs,
                                     flags: &flags) {
                // Negation already flagged from the bytes.
                if isWord { Self.noteCase(upper: upper, lower: lower, &flags, &shape) }
                return ascii
            }
        }
        return unicodeNorm(rawToken, &flags, &shape)
    }

    /// `norm` for emoji, emoticons and tokens that are not all ASCII (`asciiNorm` gave nil, touching nothing).
    @inline(never)
    private func unicodeNorm(_ rawToken: TextAnalyzer.RawToken, _ flags: inout TokenFlags,
                             _ shape: inout CaseShape) -> String {
        let range = rawToken.start..<rawToken.end
        switch rawToken.kind {
        case .emoji, .emoticon:
            // NFKC case-fold would drop the joiners and variation selectors that make an emoji what it is.
            return buffer.string(range)
        default:
            break
        }
        let isWord = rawToken.kind == .word
        TypographicFolding.fold(buffer.pointer + range.lowerBound, count: range.count, into: &folded)
        var norm = folded.withUnsafeBufferPointer { units in
            normalizer.normalize(units.baseAddress!, count: units.count, scratch: &scratch)
        }
        guard isWord else { return norm }
        var upper = 0, lower = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let c = buffer.codePoint(at: i)
            if u_isUUppercase(c) != 0 { upper += 1 } else if u_isULowercase(c) != 0 { lower += 1 }
            if TypographicFolding.isApostrophe(c) { flags.insert(.apostrophe) }
            i += c > 0xFFFF ? 2 : 1
        }
        if let shortened = Elongation.shorten(norm, keepTriples: keepsTripleLetters) {
            norm = shortened
            flags.insert(.elongated)
        }
        if Self.isNegator(norm) { flags.insert(.negation) }
        Self.noteCase(upper: upper, lower: lower, &flags, &shape)
        return norm
    }

    /// Records a word's letter case in the record's shape; flags ALL-CAPS (two capitals or more, no lower case).
    @inline(__always)
    private static func noteCase(upper: Int, lower: Int, _ flags: inout TokenFlags, _ shape: inout CaseShape) {
        shape.sawUpper = shape.sawUpper || upper > 0
        shape.sawLower = shape.sawLower || lower > 0
        if upper >= 2 && lower == 0 { flags.insert(.allCaps); shape.sawAllCaps = true }
    }

    /// The norm of an all-ASCII span without ICU: lower-cased for case-folding forms (ASCII is otherwise unchanged by
    /// NFC/NFKC), "`" folded to "'", letters written three or more times cut to two. Nil if the span is not ASCII.
    /// `out` is scratch for the norm's bytes, `asciiScratchPadding` longer than the text; `packs` is true when the
    /// text is all ASCII and small Strings may be packed (`packsSmallStrings`).
    @_transparent // one call per token saved (its prologue and spills were a sixth of its cost)
    private func asciiNorm(_ range: Range<Int>, isWord: Bool, upper: inout Int, lower: inout Int,
                           out: UnsafeMutablePointer<UInt8>, packs: Bool,
                           flags: inout TokenFlags) -> String? {
        let folds = normalizer.form == .nfkcCasefold
        var count = range.count
        if packs && count <= SmallASCIIString.capacity {
            // All-ASCII text: the token's bytes as two words, folded in place (most tokens fit the first word).
            var (lo, hi) = SmallASCIIString.pack(buffer.bytes + range.lowerBound, count: count)
            let first = ASCIILanes.foldBytes(lo, folds: folds)
            lo = first.word
            upper += first.uppers
            lower += first.lowers
            var apostrophe = first.apostrophe
            if count > 8 {
                let second = ASCIILanes.foldBytes(hi, folds: folds)
                hi = second.word
                upper += second.uppers
                lower += second.lowers
                apostrophe = apostrophe || second.apostrophe
            }
            if apostrophe { flags.insert(.apostrophe) }
            guard isWord else { return SmallASCIIString.make(lo, hi, count: count) }
            // Most words fit `lo`: tested there without a trip through memory.
            if count <= 8 ? ASCIILanes.hasTriple(word: lo, count: count) : Self.hasTriple(lo, hi, count: count, out) {
                let raw = UnsafeMutableRawPointer(out)
                raw.storeBytes(of: lo, as: UInt64.self)
                raw.storeBytes(of: hi, toByteOffset: 8, as: UInt64.self)
                let shortened = Elongation.shorten(out, count: count,
                                                   minimumRun: Elongation.minimumRun(keepTriples: keepsTripleLetters))
                if shortened < count {
                    flags.insert(.elongated)
                    count = shortened
                    (lo, hi) = SmallASCIIString.pack(out, count: count)
                }
            }
            if folds ? negators.isNegator(folded: lo, hi, count: count) : Self.isNegator(lo, hi, count: count, out) {
                flags.insert(.negation)
            }
            return SmallASCIIString.make(lo, hi, count: count)
        }
        let source = buffer.pointer + range.lowerBound
        guard let (uppers, lowers, apostrophe) = ASCIILanes.fold(source, count: count, folds: folds, into: out)
        else { return nil }
        upper += uppers
        lower += lowers
        if apostrophe { flags.insert(.apostrophe) }
        // Some character three times in a row: maybe an elongation.
        if isWord && count >= 3 && ASCIILanes.hasTriple(out, count: count) {
            // Only letter runs of the minimum length are cut; "Schifffahrt" stays whole in German.
            let shortened = Elongation.shorten(out, count: count,
                                               minimumRun: Elongation.minimumRun(keepTriples: keepsTripleLetters))
            if shortened < count {
                flags.insert(.elongated)
                count = shortened
            }
        }
        if count <= SmallASCIIString.capacity && packsSmallStrings {
            let (lo, hi) = SmallASCIIString.pack(out, count: count)
            if isWord && (folds ? negators.isNegator(folded: lo, hi, count: count)
                : TokenRules.isNegator(bytes: out, count: count)) {
                flags.insert(.negation)
            }
            return SmallASCIIString.make(lo, hi, count: count)
        }
        if isWord && TokenRules.isNegator(bytes: out, count: count) { flags.insert(.negation) }
        return String(decoding: UnsafeBufferPointer(start: out, count: count), as: UTF8.self)
    }

    /// `ASCIILanes.hasTriple` on the bytes of a norm packed in `lo` and `hi`, written out to `out` first.
    @inline(never)
    private static func hasTriple(_ lo: UInt64, _ hi: UInt64, count: Int, _ out: UnsafeMutablePointer<UInt8>) -> Bool {
        let raw = UnsafeMutableRawPointer(out)
        raw.storeBytes(of: lo, as: UInt64.self)
        raw.storeBytes(of: hi, toByteOffset: 8, as: UInt64.self)
        return ASCIILanes.hasTriple(out, count: count)
    }

    /// `TokenRules.isNegator(bytes:count:)` on the bytes of a norm packed in `lo` and `hi` (not case-folded).
    @inline(never)
    private static func isNegator(_ lo: UInt64, _ hi: UInt64, count: Int, _ out: UnsafeMutablePointer<UInt8>) -> Bool {
        let raw = UnsafeMutableRawPointer(out)
        raw.storeBytes(of: lo, as: UInt64.self)
        raw.storeBytes(of: hi, toByteOffset: 8, as: UInt64.self)
        return TokenRules.isNegator(bytes: out, count: count)
    }

    /// True for "not", "never", "dont", "can't", ... (see `TokenRules.negators`), whatever the normal form's case:
    /// `TokenRules.isNegator(bytes:count:)` on the norm's UTF-8 (every negator is ASCII).
    static func isNegator(_ norm: String) -> Bool {
        var norm = norm
        return norm.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return TokenRules.isNegator(bytes: base, count: bytes.count)
        }
    }

    /// ISO 15924 name of the script of the character at `i`, cached per script.
    private func script(at i: Int) -> Script {
        let c = buffer.codePoint(at: i)
        if c < 0x80 { return PatternScanner.isASCIILetter(UInt16(c)) ? .latin : .common }
        var status = U_ZERO_ERROR
        let code = uscript_getScript(c, &status)
        let key = Int32(code.rawValue)
        if let name = scriptNames[key] { return name }
        let name = status.rawValue <= 0 ? uscript_getShortName(code).map { Script(String(cString: $0)) } ?? .unknown
            : .unknown
        scriptNames[key] = name
        return name
    }
}

/// "soooo" → "soo": letters written three or more times in a row are cut to two.
enum Elongation {
    /// Shortest run that counts as elongation: 3, or 4 where the language writes triple letters (German
    /// "Schifffahrt", "Kaffeeersatz").
    static func minimumRun(keepTriples: Bool) -> Int { keepTriples ? 4 : 3 }

    /// The shortened form, or nil when nothing is elongated.
    static func shorten(_ text: String, keepTriples: Bool) -> String? {
        let minimumRun = minimumRun(keepTriples: keepTriples)
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var changed = false
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            var end = i + 1
            if scalar.properties.isAlphabetic { while end < scalars.count, scalars[end] == scalar { end += 1 } }
            let keep = end - i >= minimumRun ? 2 : end - i
            if keep < end - i { changed = true }
            for _ in 0..<keep { out.append(scalar) }
            i = end
        }
        return changed ? String(out) : nil
    }

    /// Cuts ASCII letter runs of `minimumRun` or more to two, in place; returns the new count.
    static func shorten(_ bytes: UnsafeMutablePointer<UInt8>, count n: Int, minimumRun: Int) -> Int {
        var write = 0, read = 0
        while read < n {
            let byte = bytes[read]
            var end = read + 1
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if isLetter { while end < n, bytes[end] == byte { end += 1 } }
            let keep = end - read >= minimumRun ? 2 : end - read
            for _ in 0..<keep { bytes[write] = byte; write += 1 }
            read = end
        }
        return write
    }
}

/// A growable byte buffer at a stable address, reused for every token's ASCII norm.
final class ByteScratch {
    private var pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    private var capacity = 256

    deinit { pointer.deallocate() }

    /// Room for at least `count` bytes (contents not kept).
    @inline(__always) func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity {
            pointer.deallocate()
            capacity = max(count, capacity * 2)
            pointer = .allocate(capacity: capacity)
        }
        return pointer
    }
}

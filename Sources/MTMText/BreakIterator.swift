internal import CICU

/// Owns one ICU break iterator (`ubrk`). Not thread-safe: each worker has its own (see `TextAnalyzer`).
/// The text it iterates must stay alive and unchanged while it is used: `UTF16Buffer` keeps it.
final class BreakIterator {
    enum Kind { case word, sentence }

    private let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(TextError) {
        var status = U_ZERO_ERROR
        let type = kind == .word ? UBRK_WORD : UBRK_SENTENCE
        guard let handle = ubrk_open(type, locale, nil, 0, &status), status.rawValue <= 0 else {
            throw TextError.icu(call: "ubrk_open(\(kind), \(locale))", status: String(cString: u_errorName(status)))
        }
        self.handle = handle
    }

    /// A new iterator with the same rules, for another worker (`ubrk_clone`: no rule data is loaded again).
    init(cloning other: BreakIterator) throws(TextError) {
        var status = U_ZERO_ERROR
        guard let handle = ubrk_clone(other.handle, &status), status.rawValue <= 0 else {
            throw TextError.icu(call: "ubrk_clone", status: String(cString: u_errorName(status)))
        }
        self.handle = handle
    }

    deinit { ubrk_close(handle) }

    /// Points the iterator at `count` UTF-16 units starting at `text`.
    func setText(_ text: UnsafePointer<UInt16>, count: Int) throws(TextError) {
        var status = U_ZERO_ERROR
        ubrk_setText(handle, text, Int32(count), &status)
        if status.rawValue > 0 {
            throw TextError.icu(call: "ubrk_setText", status: String(cString: u_errorName(status)))
        }
    }

    /// Moves to the next boundary; nil at the end.
    @inline(__always) func next() -> Int? {
        let b = ubrk_next(handle)
        return b == CICU_UBRK_DONE ? nil : Int(b)
    }

    @inline(__always) func first() -> Int { Int(ubrk_first(handle)) }

    /// The rule status of the segment that ends at the current boundary (word kinds: <100 none, 1xx number,
    /// 2xx letter, 3xx kana, 4xx ideographic).
    @inline(__always) var ruleStatus: Int32 { ubrk_getRuleStatus(handle) }
}

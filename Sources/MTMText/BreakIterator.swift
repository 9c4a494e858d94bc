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

/// A growable UTF-16 buffer at a stable address, reused across documents so ICU iterators can keep pointing at it.
final class UTF16Buffer {
    private(set) var pointer: UnsafeMutablePointer<UInt16>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }

    /// Replaces the contents with `text` as UTF-16.
    func load(_ text: String) {
        var needed = 0
        for _ in text.utf16 { needed += 1 }
        if needed > capacity {
            pointer.deallocate()
            capacity = max(needed, capacity * 2)
            pointer = .allocate(capacity: capacity)
        }
        var i = 0
        for unit in text.utf16 { pointer[i] = unit; i += 1 }
        count = i
    }

    subscript(i: Int) -> UInt16 { pointer[i] }
}

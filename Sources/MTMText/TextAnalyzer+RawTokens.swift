extension TextAnalyzer {
    /// The raw tokens of the document being analysed, in storage the analyzer keeps from one document to the next
    /// (`RawTokenStorage`). Appending checks neither uniqueness nor capacity, which an array does per token: the
    /// storage is sized to the text's UTF-16 count first, and a document never has more raw tokens than units
    /// (every token covers at least one unit, and tokens do not overlap).
    struct RawTokens: RandomAccessCollection {
        private let base: UnsafeMutablePointer<RawToken>
        private(set) var endIndex = 0
        var startIndex: Int { 0 }

        init(_ storage: RawTokenStorage) { base = storage.base }

        @inline(__always) subscript(position: Int) -> RawToken {
            get { base[position] }
            nonmutating set { base[position] = newValue }
        }

        /// Adds a token; the storage must have room (see `RawTokenStorage.reserve`).
        @inline(__always) mutating func append(_ token: RawToken) {
            (base + endIndex).initialize(to: token)
            endIndex += 1
        }
    }

    /// The memory behind `RawTokens`, owned by an analyzer's state.
    final class RawTokenStorage {
        private(set) var base: UnsafeMutablePointer<RawToken>
        private var capacity: Int

        init() {
            capacity = 256
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }

        /// Room for `count` tokens (contents not kept).
        func reserve(_ count: Int) {
            guard count > capacity else { return }
            base.deallocate()
            capacity = max(count, capacity * 2)
            base = .allocate(capacity: capacity)
        }
    }
}

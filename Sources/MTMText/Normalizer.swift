internal import CICU

/// Unicode normalisation through ICU's `unorm2`. The NFC/NFKC/NFKC_Casefold instances are immutable ICU
/// singletons (never closed), so a `Normalizer` is cheap and may be shared.
struct Normalizer: @unchecked Sendable {
    private let instance: OpaquePointer?
    let form: TextConfiguration.Normalization

    init(_ form: TextConfiguration.Normalization) throws(TextError) {
        self.form = form
        var status = U_ZERO_ERROR
        switch form {
        case .none: instance = nil
        case .nfc: instance = unorm2_getNFCInstance(&status)
        case .nfkc: instance = unorm2_getNFKCInstance(&status)
        case .nfkcCasefold: instance = unorm2_getNFKCCasefoldInstance(&status)
        }
        if status.rawValue > 0 {
            throw TextError.icu(call: "unorm2_get\(form)Instance", status: String(cString: u_errorName(status)))
        }
    }

    /// Normalises `count` UTF-16 units at `source`; `scratch` is reused output space.
    func normalize(_ source: UnsafePointer<UInt16>, count: Int, scratch: inout [UInt16]) -> String {
        guard let instance else {
            return String(decoding: UnsafeBufferPointer(start: source, count: count), as: UTF16.self)
        }
        let needed = count * 4 + 8
        if scratch.count < needed { scratch = [UInt16](repeating: 0, count: needed) }
        var status = U_ZERO_ERROR
        let length = scratch.withUnsafeMutableBufferPointer { out in
            unorm2_normalize(instance, source, Int32(count), out.baseAddress, Int32(out.count), &status)
        }
        guard status.rawValue <= 0 else {
            // Cannot happen with 4× headroom (NFKC expands at most 18×, only for rare ligatures); fall back to the
            // original rather than lose the token.
            return String(decoding: UnsafeBufferPointer(start: source, count: count), as: UTF16.self)
        }
        return String(decoding: scratch[0..<Int(length)], as: UTF16.self)
    }
}

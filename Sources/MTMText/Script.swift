/// An ISO 15924 script code (`Latn`, `Hani`, `Arab`, `Zyyy` for common characters), held as its four ASCII letters
/// in one integer: a token carries one, so it costs no String to make, copy or free.
public struct Script: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    private let code: UInt32

    /// `name`'s first four ASCII bytes (shorter names are padded with NUL; longer ones cut).
    public init(_ name: String) {
        var code: UInt32 = 0
        for (i, byte) in name.utf8.prefix(4).enumerated() { code |= UInt32(byte) << UInt32(8 * i) }
        self.code = code
    }

    public init(stringLiteral name: String) { self.init(name) }

    private init(code: UInt32) { self.code = code }

    // Computed from constants (a stored `static let` would be initialised lazily and checked on every use).
    public static var latin: Script { Script(code: 0x6E74_614C) } // "Latn"
    public static var common: Script { Script(code: 0x7979_795A) } // "Zyyy"
    public static var unknown: Script { Script(code: 0x7A7A_7A5A) } // "Zzzz"

    /// The four-letter code.
    public var name: String {
        var bytes: [UInt8] = []
        var rest = code
        while rest != 0 { bytes.append(UInt8(truncatingIfNeeded: rest)); rest >>= 8 }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { name }
}

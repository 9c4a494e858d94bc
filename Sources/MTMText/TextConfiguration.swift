/// How the text stage normalises and segments.
public struct TextConfiguration: Sendable, Hashable {
    public enum Normalization: String, Sendable, Hashable, CaseIterable {
        case none, nfc, nfkc
        case nfkcCasefold = "nfkc-casefold"
    }

    /// Normal form of `Token.norm`. Default NFKC case-fold: width, compatibility and case differences vanish.
    public var normalization: Normalization
    /// ICU locale for segmentation. `@ss=standard` is added for sentence breaking so that abbreviations such as
    /// "Mr." and "e.g." do not end a sentence.
    public var locale: String

    public init(normalization: Normalization = .nfkcCasefold, locale: String = "en_US") {
        self.normalization = normalization
        self.locale = locale
    }
}

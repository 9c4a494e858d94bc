import Foundation
import MTMHTML

/// Text that may carry markup or entities (JSON-LD `reviewBody` often holds `<br>` or `&amp;`), turned into the
/// plain text a reader sees. Plain strings keep their line breaks; spaces within lines are collapsed.
enum HTMLFragment {
    static func plainText(_ text: String) -> String {
        if text.contains("<") || text.contains("&"),
           let document = try? HTMLDocument(html: "<html><body><div>\(text)</div></body></html>"),
           let body = try? document.select("//body/div").first {
            return body.text()
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ") }
            .joined(separator: "\n")
            .replacingOccurrences(of: "\n\n\n+", with: "\n\n", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

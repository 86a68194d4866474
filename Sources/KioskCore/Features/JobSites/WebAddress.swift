import Foundation

/// An address as a detainee types it after `g`, made into one the browser can decide.
enum WebAddress {
    /// Longest address typed, in characters.
    static let maximumLength = 500

    /// The text without surrounding spaces; `https://` is put in front when no scheme is
    /// written (`werkplein.example/jobs`), as the site rules read a rule without one. Nil for
    /// empty text. Whatever comes out, the browser's policy decides.
    static func typed(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return trimmed.contains("://") ? trimmed : "https://" + trimmed
    }
}

import KioskCore

/// Cleans the text fields of a package as they enter, through the core's `TextSanitizer`.
///
/// A field that is empty once cleaned, or longer than its cap, is an error rather than a
/// silent cut: the author learns which field and where.
struct ContentText {
    /// Longest text kept, in characters.
    var maxLength: Int
    /// Whether line breaks are kept (a summary, a question) or become spaces (a title).
    var keepsLines: Bool

    /// Titles, choices, accepted answers: one line.
    static func line(maxLength: Int = 200) -> ContentText { ContentText(maxLength: maxLength, keepsLines: false) }
    /// Summaries, questions, explanations: a few lines.
    static func lines(maxLength: Int = 2_000) -> ContentText { ContentText(maxLength: maxLength, keepsLines: true) }

    /// The cleaned text: controls, bidi overrides and invalid characters gone, NFC, spaces and
    /// tabs collapsed, each line trimmed, at most one blank line in a row.
    func clean(_ text: String) -> String {
        // Not cut here: the file's own cap bounds the text, and a long text is an error below.
        let sanitized = TextSanitizer(maxLength: .max, keepsNewlines: keepsLines).clean(text)
        let lines = sanitized.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        var kept: [String] = []
        for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    /// The cleaned value of `key`, or an error at its line when it is too long, or empty
    /// where a text is needed.
    func field(_ text: String, key: String, in fields: TOMLFields, mayBeEmpty: Bool = false) throws(ContentError) -> String {
        let cleaned = clean(text)
        guard mayBeEmpty || !cleaned.isEmpty else { throw fields.error(key, "`\(key)` is empty") }
        guard cleaned.count <= maxLength else {
            throw fields.error(key, "`\(key)` is longer than \(maxLength) characters")
        }
        return cleaned
    }
}

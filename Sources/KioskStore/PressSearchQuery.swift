import Foundation

/// Typed text turned into an FTS5 query that can only mean "every word, as a prefix".
///
/// The text is never FTS5 syntax: it is split into words of letters, digits and combining marks
/// (everything else, quotes, `*`, `-`, `:`, parentheses, separates words), and each word is
/// written as an FTS5 string with a prefix `*`: `"ecole"* AND "muller"*`. A word holds no `"`,
/// so it cannot end its string early. A word shorter than `shortestPrefix` characters is
/// written without `*` and found as a whole word only (the press: a one-letter prefix matches
/// a large part of every language's words and says nothing about what is sought). Only the first
/// `maximumLength` characters are read, and `maximumWords` words of `maximumWordLength`
/// characters at most are kept (a shortened word still finds its prefix).
///
/// Shared by the press search and the course catalogue (`CourseRepository`), so typed text
/// means the same everywhere.
struct PressSearchQuery: Equatable, Sendable {
    static let maximumLength = 200
    static let maximumWords = 8
    static let maximumWordLength = 40

    /// The words searched for, in NFC, as typed.
    let words: [String]

    /// Nil when the text holds no word: nothing is searched and nothing is found.
    init?(_ text: String) {
        let head = String(text.unicodeScalars.prefix(Self.maximumLength * 4))
        let normalized = head.precomposedStringWithCanonicalMapping
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var count = 0
        func finishWord() {
            if !current.isEmpty, words.count < Self.maximumWords {
                words.append(String(String.UnicodeScalarView(current.prefix(Self.maximumWordLength))))
            }
            current = String.UnicodeScalarView()
        }
        for scalar in normalized.unicodeScalars {
            guard count < Self.maximumLength else { break }
            count += 1
            if Self.isWordScalar(scalar) {
                current.append(scalar)
            } else {
                finishWord()
            }
        }
        finishWord()
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// The FTS5 MATCH argument: each word quoted, with a prefix `*` when it has
    /// `shortestPrefix` characters or more, AND-ed.
    func pattern(shortestPrefix: Int = 1) -> String {
        words.map { "\"" + $0 + ($0.count >= shortestPrefix ? "\"*" : "\"") }.joined(separator: " AND ")
    }

    /// `pattern(shortestPrefix:)` restricted to the FTS5 column `column`: every word in it.
    func pattern(in column: String, shortestPrefix: Int = 1) -> String {
        "{\(column)} : (\(pattern(shortestPrefix: shortestPrefix)))"
    }

    /// Letters, digits and marks (as SQLite's `unicode61` tokenizer, which folds the marks away).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse,
             .nonspacingMark, .spacingMark:
            true
        default:
            false
        }
    }
}

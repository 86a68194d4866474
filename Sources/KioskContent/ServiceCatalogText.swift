import Foundation
import KioskCore

/// The texts of a service catalogue: one per language, checked strictly as they enter.
///
/// Unlike course text, nothing is dropped in silence: a control character, a bidi control or a
/// pile of combining marks is an error naming the key, because a catalogue is written by the
/// prison and shown to every detainee. Only layout is tidied, as in Markdown: runs of spaces
/// and tabs become one space and lines are trimmed; in a description or a help text, lines
/// next to each other make one paragraph (the screen wraps it to its width) and a blank line
/// starts the next (kept as one blank line). The text is normalised to NFC.
struct ServiceCatalogText {
    /// One line (a name, a title, a label, an option) or paragraphs (a description, a help text).
    var isParagraphs: Bool
    /// Longest text, in characters.
    var maxLength: Int

    static func line(_ limits: ServiceCatalogLimits) -> ServiceCatalogText {
        ServiceCatalogText(isParagraphs: false, maxLength: limits.maxLineText)
    }

    static func paragraphs(_ limits: ServiceCatalogLimits) -> ServiceCatalogText {
        ServiceCatalogText(isParagraphs: true, maxLength: limits.maxParagraphText)
    }

    /// The most combining marks on one character, as the sanitiser keeps them.
    static let maxCombiningMarks = TextSanitizer.multiLine.maxCombiningMarks

    /// The text of `key` in each language, written `key.fr`, `key.nl`, `key.de` and `key.en`.
    func localized(_ key: String, in fields: TOMLFields) throws(FileError) -> LocalizedText {
        let spelled = Language.allCases.map { "`\(key).\($0.rawValue)`" }
        guard let value = fields.table[key] else {
            throw fields.errorAtTable("`\(key)` is missing; write " + Self.list(spelled))
        }
        guard let table = value.table else {
            throw fields.wrongType(key, value, expected: "one text per language: " + Self.list(spelled))
        }
        let languages = TOMLFields(source: fields.source, table: table, prefix: fields.prefix + key + ".")
        let codes = Language.allCases.map(\.rawValue)
        let unknown = table.keys.filter { !codes.contains($0) }
        if let first = unknown.min(by: { (line(of: $0, in: languages) ?? .max) < (line(of: $1, in: languages) ?? .max) }) {
            throw languages.error(first, "unknown language `\(key).\(Self.shown(first))`; the languages are "
                                  + codes.map { "`\($0)`" }.joined(separator: ", "))
        }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            let name = key + "." + language.rawValue
            guard let written = table[language.rawValue] else {
                throw fields.error(key, "`\(key)` has no \(Self.englishName(language)) text; add `\(name)`")
            }
            guard let string = written.string else {
                throw languages.error(language.rawValue, "`\(name)` must be text in quotes, not \(TOMLFields.typeName(written))")
            }
            texts[language] = try text(string, name: name, key: language.rawValue, in: languages)
        }
        return LocalizedText(texts)
    }

    /// The text as stored, or an error at the line of `key` saying what is wrong with `name`.
    func text(_ written: String, name: String, key: String, in fields: TOMLFields) throws(FileError) -> String {
        if let problem = problem(in: written) {
            throw fields.error(key, "`\(name)` \(problem)")
        }
        let tidied = tidy(written)
        guard !tidied.isEmpty else { throw fields.error(key, "`\(name)` is empty") }
        guard tidied.count <= maxLength else {
            throw fields.error(key, "`\(name)` is \(tidied.count) characters long; at most \(maxLength) fit")
        }
        guard TextSanitizer.multiLine.clean(tidied) == tidied else {
            throw fields.error(key, "`\(name)` holds characters the kiosk would not show; remove them")
        }
        return tidied
    }

    /// What is wrong with a written text, said after its name; nil when nothing is.
    func problem(in text: String) -> String? {
        let strayReturn = "holds a carriage return (U+000D) that is not part of a line break; remove it"
        var combining = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if previous?.value == 0x0D, scalar.value != 0x0A { return strayReturn }
            switch scalar.value {
            case 0x0A:
                if !isParagraphs { return "must be one line" }
            case 0x0D:
                // A line break saved as CR LF: checked with the next character.
                break
            case 0x09, 0x20:
                break
            case 0x00...0x1F, 0x7F...0x9F:
                return "holds the control character \(Self.code(scalar)); remove it"
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                return "holds \(Self.code(scalar)), a mark that changes the writing direction; remove it"
            default:
                break
            }
            if Self.isCombining(scalar) {
                combining += 1
                if combining > Self.maxCombiningMarks {
                    return "piles more than \(Self.maxCombiningMarks) accents or marks on one character"
                }
            } else {
                combining = 0
            }
        }
        return previous?.value == 0x0D ? strayReturn : nil
    }

    /// The text with its layout tidied (see the type), normalised to NFC.
    func tidy(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
        var paragraphs: [String] = []
        var paragraph: [String] = []
        for line in lines + [""] {
            if !line.isEmpty {
                paragraph.append(line)
            } else if !paragraph.isEmpty {
                paragraphs.append(paragraph.joined(separator: " "))
                paragraph = []
            }
        }
        return paragraphs.joined(separator: "\n\n").precomposedStringWithCanonicalMapping
    }

    private func line(of key: String, in fields: TOMLFields) -> Int? {
        fields.source.line(of: fields.prefix + key)
    }

    /// `U+001B`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A key or value as written, made safe to show in a message, cut after 60 characters.
    static func shown(_ text: String) -> String {
        TextSanitizer.singleLine.clean(String(text.prefix(60))) + (text.count > 60 ? "…" : "")
    }

    /// Whether the scalar is an accent or another mark drawn on the character before it.
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    static func englishName(_ language: Language) -> String {
        switch language {
        case .fr: "French"
        case .nl: "Dutch"
        case .de: "German"
        case .en: "English"
        }
    }

    /// `a`, `b`, `c` and `d`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}

import Foundation

/// The texts of one language, with `{name}` placeholders filled on lookup.
public struct Catalog: Sendable {
    public let language: Language
    let entries: [MessageKey: String]

    public init(_ language: Language) {
        self.language = language
        switch language {
        case .en: entries = Catalog.english
        case .fr: entries = Catalog.french
        case .nl: entries = Catalog.dutch
        case .de: entries = Catalog.german
        }
    }

    /// The text for a key; placeholders `{name}` are replaced from `values`.
    /// A key missing from a catalog (a test forbids it) falls back to English, then to the key.
    ///
    /// The text is read once, left to right: a value put in is never read again, so a value
    /// that itself holds `{name}` (a course title, a detainee's name) stays as it is. A
    /// placeholder with no value stays as written.
    public func text(_ key: MessageKey, _ values: [String: String] = [:]) -> String {
        let text = entries[key] ?? Catalog.english[key] ?? key.rawValue
        guard !values.isEmpty else { return text }
        // Braces are ASCII, so a byte search finds them and the indices found start scalars.
        let bytes = text.utf8
        var result = ""
        var copied = bytes.startIndex
        var searched = bytes.startIndex
        while let open = bytes[searched...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            let name = bytes.index(after: open)
            if let value = values[String(text[name..<close])] {
                result += text[copied..<open]
                result += value
                copied = bytes.index(after: close)
                searched = copied
            } else {
                searched = name
            }
        }
        result += text[copied...]
        return result
    }

    public subscript(_ key: MessageKey) -> String { text(key) }

    /// Keys this catalog lacks (should be none).
    public var missingKeys: [MessageKey] { MessageKey.allCases.filter { entries[$0] == nil } }

    /// The placeholders a key's text uses, e.g. `["name"]`.
    public func placeholders(of key: MessageKey) -> Set<String> {
        guard let text = entries[key] else { return [] }
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

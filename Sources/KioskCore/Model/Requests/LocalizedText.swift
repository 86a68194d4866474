/// A text written in each of the kiosk's languages, as a content file gives it.
///
/// The catalogue reader requires all four languages; a language left out elsewhere falls back to
/// English.
public struct LocalizedText: Equatable, Codable, Sendable {
    /// The texts by language code (`fr`, `nl`, `de`, `en`).
    public var texts: [String: String]

    public init(_ texts: [Language: String]) {
        self.texts = Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) })
    }

    /// The same text in every language (tests, fixtures).
    public init(_ text: String) {
        self.init([.en: text])
    }

    /// The text in `language`, else in English, else in any language given, else empty.
    public func text(in language: Language) -> String {
        texts[language.rawValue] ?? texts[Language.en.rawValue]
            ?? Language.allCases.lazy.compactMap { texts[$0.rawValue] }.first ?? ""
    }
}

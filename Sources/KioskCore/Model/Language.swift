/// A language the kiosk speaks; every user-facing text exists in each of them.
public enum Language: String, CaseIterable, Codable, Sendable {
    case fr, nl, de, en

    /// The language's own name, shown on the login screen so anyone finds theirs.
    public var nativeName: String {
        switch self {
        case .fr: "Français"
        case .nl: "Nederlands"
        case .de: "Deutsch"
        case .en: "English"
        }
    }

    /// Locale for dates and times (Belgian conventions for the national languages).
    public var localeIdentifier: String {
        switch self {
        case .fr: "fr_BE"
        case .nl: "nl_BE"
        case .de: "de_BE"
        case .en: "en_GB"
        }
    }

    /// Parses `fr`, `FR`, `fr_BE` or `fr-BE`; nil for anything else.
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        self.init(rawValue: String(prefix))
        if code.count > 2, let separator = code.dropFirst(2).first, separator != "_" && separator != "-" {
            return nil
        }
    }
}

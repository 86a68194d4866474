import Foundation
import KioskCore

/// The configuration of one kiosk terminal: where its data is and how it behaves.
///
/// Every key can be set the same way from the config file and from a screen script's
/// `config KEY VALUE`, through `set(_:_:)`, so both are checked by one set of rules.
public struct KioskConfig: Equatable, Sendable {
    public var databasePath: String?
    public var themesDirectory: String?
    public var settings = KioskSettings()
    /// Days `kiosk press sync` keeps a source's articles when staff set none for it.
    public var pressRetentionDays = 30
    /// The HTTP proxy every page and feed goes through, `http://host:port`; nil for none.
    public var httpProxy: String?

    public init() {}

    /// The keys `set` accepts, for error messages and documentation.
    public static let keys = ["database", "themes-directory", "terminal-name", "lang", "theme", "idle-timeout", "idle-warning", "time-zone",
                              "press-retention-days", "http-proxy"]

    /// Sets one key from its text form; the error says what the value should look like.
    public mutating func set(_ key: String, _ value: String) throws(ConfigValueError) {
        switch key {
        case "database":
            guard !value.isEmpty else { throw ConfigValueError("database must be a file path") }
            databasePath = value
        case "themes-directory":
            guard !value.isEmpty else { throw ConfigValueError("themes-directory must be a folder path") }
            themesDirectory = value
        case "terminal-name":
            let clean = TextSanitizer(maxLength: 32).clean(value)
            guard !clean.isEmpty else { throw ConfigValueError("terminal-name must not be empty") }
            settings.terminalName = clean
        case "lang":
            guard let language = Language(rawValue: value) else {
                throw ConfigValueError("lang must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            settings.defaultLanguage = language
        case "theme":
            guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
                throw ConfigValueError("theme must be a theme file name such as default or high-contrast")
            }
            settings.defaultTheme = value
        case "idle-timeout", "idle-warning":
            guard let seconds = DurationText.parse(value), seconds > 0 else {
                throw ConfigValueError("\(key) must be a duration such as 90s, 10m or 1h")
            }
            if key == "idle-timeout" {
                settings.idleTimeout = seconds
                settings.idleWarning = min(settings.idleWarning, seconds)
            } else {
                guard seconds <= settings.idleTimeout else { throw ConfigValueError("idle-warning must not be longer than idle-timeout") }
                settings.idleWarning = seconds
            }
        case "time-zone":
            guard let zone = TimeZone(identifier: value) else { throw ConfigValueError("time-zone must be a zone such as Europe/Brussels") }
            settings.timeZone = zone
        case "press-retention-days":
            guard let days = Int(value), (1...3650).contains(days) else {
                throw ConfigValueError("press-retention-days must be a number of days from 1 to 3650")
            }
            pressRetentionDays = days
        case "http-proxy":
            guard let proxy = ProxyAddress.normalized(value) else {
                throw ConfigValueError("http-proxy must be written http://host:port (no user, path or query), e.g. http://proxy.lan:3128")
            }
            httpProxy = proxy
        default:
            throw ConfigValueError("unknown key '\(key)'; keys are: \(Self.keys.joined(separator: ", "))")
        }
    }
}

/// Why a configuration value was refused.
public struct ConfigValueError: Error, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

import Foundation

/// Settings of one terminal, from the configuration file; fixed while the kiosk runs.
public struct KioskSettings: Equatable, Sendable {
    /// Shown in the header so staff know which terminal a screen belongs to.
    public var terminalName: String
    public var defaultLanguage: Language
    public var defaultTheme: String
    /// Theme names the user may choose from in settings, in display order.
    public var themes: [String]
    /// A detainee session ends after this long without a key.
    public var idleTimeout: TimeInterval
    /// How long before the idle logout a warning is shown.
    public var idleWarning: TimeInterval
    /// A staff session ends sooner: supervisor mode must not stay open on a cell terminal.
    public var staffIdleTimeout: TimeInterval
    public var timeZone: TimeZone

    public init(terminalName: String = "kiosk", defaultLanguage: Language = .fr, defaultTheme: String = "default",
                themes: [String] = ["default", "high-contrast", "mono"], idleTimeout: TimeInterval = 600,
                idleWarning: TimeInterval = 60, staffIdleTimeout: TimeInterval = 180, timeZone: TimeZone = TimeZone(identifier: "Europe/Brussels") ?? .current) {
        self.terminalName = terminalName
        self.defaultLanguage = defaultLanguage
        self.defaultTheme = defaultTheme
        self.themes = themes
        self.idleTimeout = idleTimeout
        self.idleWarning = min(idleWarning, idleTimeout)
        self.staffIdleTimeout = staffIdleTimeout
        self.timeZone = timeZone
    }
}

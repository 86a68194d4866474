/// The settings screen: language and theme of the logged-in detainee.
public struct SettingsState: Equatable, Sendable {
    public enum Row: CaseIterable, Sendable {
        case language, theme
    }

    public var selection: Row = .language
    /// Result of the last change, shown under the rows.
    public var outcome: SaveOutcome?

    public init(selection: Row = .language, outcome: SaveOutcome? = nil) {
        self.selection = selection
        self.outcome = outcome
    }
}

/// The detainee list of supervisor mode: a search field and the matching accounts.
public struct DetaineeListState: Equatable, Sendable {
    public static let maxQueryLength = 40

    public var query = ""
    public var selection = 0
    public var items: [DetaineeSummary] = []

    public init(query: String = "", selection: Int = 0, items: [DetaineeSummary] = []) {
        self.query = query
        self.selection = selection
        self.items = items
    }
}

/// One detainee's account as staff manage it.
public struct DetaineeDetailState: Equatable, Sendable {
    /// An action row of the detail screen.
    public enum Row: CaseIterable, Sendable {
        case lock, resetPIN, language, profile
    }

    public var summary: DetaineeSummary
    public var selection: Row = .lock
    /// A PIN just reset: shown once in a dialog, forgotten at the next key.
    public var newPIN: Secret?
    public var outcome: SaveOutcome?
    /// Access profile names to choose from, loaded when the screen opens.
    public var profiles: [String] = []

    public init(summary: DetaineeSummary, selection: Row = .lock, newPIN: Secret? = nil, outcome: SaveOutcome? = nil,
                profiles: [String] = []) {
        self.summary = summary
        self.selection = selection
        self.newPIN = newPIN
        self.outcome = outcome
        self.profiles = profiles
    }
}

/// Staff accounts as administrators manage them: Enter unlocks a locked one.
public struct StaffListState: Equatable, Sendable {
    public var selection = 0
    public var items: [StaffSummary] = []
    public var outcome: SaveOutcome?

    public init(selection: Int = 0, items: [StaffSummary] = [], outcome: SaveOutcome? = nil) {
        self.selection = selection
        self.items = items
        self.outcome = outcome
    }
}

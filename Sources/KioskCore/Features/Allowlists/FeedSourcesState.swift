/// The press feed sources, for administrators: Enter enables or disables, F2 adds, F8 removes.
public struct FeedSourcesState: Equatable, Sendable {
    public var items: [FeedSourceEntry] = []
    public var selection = 0
    /// The removal of the selected source waits for Enter (any other key keeps it).
    public var isConfirmingRemoval = false
    public var outcome: SaveOutcome?

    public init(items: [FeedSourceEntry] = [], selection: Int = 0, isConfirmingRemoval: Bool = false, outcome: SaveOutcome? = nil) {
        self.items = items
        self.selection = selection
        self.isConfirmingRemoval = isConfirmingRemoval
        self.outcome = outcome
    }

    public var selected: FeedSourceEntry? { items.indices.contains(selection) ? items[selection] : nil }
}

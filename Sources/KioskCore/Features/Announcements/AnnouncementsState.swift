/// Announcements as staff manage them: every one with its status, F2 writes a new one, F8
/// withdraws the selected one.
public struct AnnouncementsState: Equatable, Sendable {
    public var items: [Announcement] = []
    public var selection = 0
    /// The withdrawal of the selected announcement waits for Enter (any other key keeps it).
    public var isConfirmingWithdrawal = false
    public var outcome: SaveOutcome?

    public init(items: [Announcement] = [], selection: Int = 0, isConfirmingWithdrawal: Bool = false, outcome: SaveOutcome? = nil) {
        self.items = items
        self.selection = selection
        self.isConfirmingWithdrawal = isConfirmingWithdrawal
        self.outcome = outcome
    }

    public var selected: Announcement? { items.indices.contains(selection) ? items[selection] : nil }
}

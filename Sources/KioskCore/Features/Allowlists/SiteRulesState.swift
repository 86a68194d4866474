/// The site rules of the allowlist, for administrators: F2 adds one, F8 removes the selected one.
public struct SiteRulesState: Equatable, Sendable {
    public var items: [SiteRuleEntry] = []
    public var selection = 0
    /// The removal of the selected rule waits for Enter (any other key keeps the rule).
    public var isConfirmingRemoval = false
    public var outcome: SaveOutcome?

    public init(items: [SiteRuleEntry] = [], selection: Int = 0, isConfirmingRemoval: Bool = false, outcome: SaveOutcome? = nil) {
        self.items = items
        self.selection = selection
        self.isConfirmingRemoval = isConfirmingRemoval
        self.outcome = outcome
    }

    public var selected: SiteRuleEntry? { items.indices.contains(selection) ? items[selection] : nil }
}

/// A list staff change: entries, a selection, a removal waiting for confirmation, and what
/// became of the last change.
protocol ManagedListState {
    associatedtype Item
    var items: [Item] { get set }
    var selection: Int { get set }
    var isConfirming: Bool { get set }
    var outcome: SaveOutcome? { get set }
}

/// The keys every managed list shares: ↑↓ to select, F2 or Insert to add, F8 or Delete to
/// remove after a confirmation that only Enter gives, Esc to leave.
enum ManagedList {
    /// What a key asks of the feature, once the shared keys are handled.
    enum Intent: Equatable {
        /// F2 or Insert: open the form for a new entry.
        case add
        /// Enter on the confirmation: remove the selected entry.
        case removeConfirmed
        /// Esc: leave the list.
        case leave
        /// A key the list does not handle itself (Enter, Space…).
        case other(Key)
        /// Handled here; nothing more to do.
        case handled
    }

    /// Applies `key` to `list`; `canRemove` says whether the selected entry may be removed.
    static func handle<List: ManagedListState>(_ list: inout List, key: Key, canRemove: (List.Item) -> Bool = { _ in true }) -> Intent {
        if list.isConfirming {
            list.isConfirming = false
            return key == .enter && list.items.indices.contains(list.selection) ? .removeConfirmed : .handled
        }
        switch key {
        case .escape:
            return .leave
        case .function(2), .insert:
            list.outcome = nil
            return .add
        case .function(8), .delete:
            if list.items.indices.contains(list.selection), canRemove(list.items[list.selection]) {
                list.isConfirming = true
                list.outcome = nil
            }
            return .handled
        case .up, .down, .pageUp, .pageDown, .home, .end:
            ListKeys.move(&list.selection, count: list.items.count, key: key)
            return .handled
        default:
            return .other(key)
        }
    }

    /// Fresh entries from the store: the selection stays in range.
    static func loaded<List: ManagedListState>(_ list: inout List, items: [List.Item]) {
        list.items = items
        list.selection = min(list.selection, max(0, items.count - 1))
    }

    /// The store changed the entries: show them, and say saved.
    static func changed<List: ManagedListState>(_ list: inout List, items: [List.Item]) {
        loaded(&list, items: items)
        list.outcome = .saved
    }
}

extension SiteRulesState: ManagedListState {
    var isConfirming: Bool {
        get { isConfirmingRemoval }
        set { isConfirmingRemoval = newValue }
    }
}

extension FeedSourcesState: ManagedListState {
    var isConfirming: Bool {
        get { isConfirmingRemoval }
        set { isConfirmingRemoval = newValue }
    }
}

extension AnnouncementsState: ManagedListState {
    var isConfirming: Bool {
        get { isConfirmingWithdrawal }
        set { isConfirmingWithdrawal = newValue }
    }
}

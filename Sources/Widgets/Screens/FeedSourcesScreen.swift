import KioskCore

/// Press feed sources: name, language and URL a line, and whether they are fetched.
struct FeedSourcesScreen {
    let state: AppState
    let list: FeedSourcesState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintToggle]), KeyHint("F2", catalog[.hintAdd]),
         KeyHint("F8", catalog[.hintRemove]), KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        let catalog = state.catalog
        let items = list.items.map { source in
            MenuItem("\(source.name) (\(source.language.rawValue))  \(source.url)", badge: catalog[source.enabled ? .feedEnabled : .feedDisabled])
        }
        let confirmation = list.isConfirmingRemoval ? list.selected.map { catalog.text(.feedSourceRemoveConfirm, ["name": $0.name]) } : nil
        ManagedListFooter.drawList(title: catalog[.staffMenuFeedSources], empty: catalog[.feedSourcesEmpty], items: items,
                                   selection: list.selection, outcome: list.outcome, confirmation: confirmation, catalog,
                                   in: &buffer, area: area)
    }
}

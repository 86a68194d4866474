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
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuFeedSources], width: area.cols), row: area.row, col: area.col, role: .title)
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 5))
        if list.items.isEmpty {
            buffer.write(TextLayout.truncate(catalog[.feedSourcesEmpty], width: area.cols), row: listArea.row, col: area.col, role: .muted)
        } else {
            let items = list.items.map { source in
                MenuItem("\(source.name) (\(source.language.rawValue))  \(source.url)",
                         badge: catalog[source.enabled ? .feedEnabled : .feedDisabled])
            }
            MenuList(items: items, selection: list.selection)
                .draw(in: &buffer, area: Rect(row: listArea.row, col: listArea.col, cols: listArea.cols, rows: min(items.count, listArea.rows)))
        }
        ManagedListFooter.draw(outcome: list.outcome, catalog, in: &buffer, area: area)
        if list.isConfirmingRemoval, let source = list.selected {
            Dialog(title: catalog[.confirmTitle], message: catalog.text(.feedSourceRemoveConfirm, ["name": source.name]))
                .draw(in: &buffer, area: area)
        }
    }
}

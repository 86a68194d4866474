import KioskCore

/// Detainees for staff: a search field over a scrolling list of number, name, cell and state.
struct DetaineeListScreen {
    let state: AppState
    let list: DetaineeListState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("abc", catalog[.hintSearch]),
         KeyHint("Esc", catalog[.hintBack])]
    }

    /// Draws the screen; returns the cursor, which stays in the search field.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.detaineesTitle], width: area.cols), row: area.row, col: area.col, role: .title)
        let field = TextField(label: catalog[.detaineesSearch], value: list.query, capacity: min(DetaineeListState.maxQueryLength, max(1, area.cols - 20)),
                              isFocused: true, marksFocus: false)
        let cursor = buffer.draw(field.line(labelWidth: TextWidth.of(catalog[.detaineesSearch])), row: area.row + 2, col: area.col, width: area.cols)
        let listArea = Rect(row: area.row + 4, col: area.col, cols: area.cols, rows: area.rows - 4)
        guard !listArea.isEmpty else { return cursor }
        if list.items.isEmpty {
            buffer.write(TextLayout.truncate(catalog[.detaineesNone], width: listArea.cols), row: listArea.row, col: listArea.col, role: .muted)
            return cursor
        }
        let items = list.items.map { summary in
            let account = summary.account
            let badge = LoginStateBadge.text(locked: summary.locked, failedAttempts: summary.failedAttempts, catalog)
            return MenuItem("\(account.number)  \(account.name)  \(account.cell)", badge: badge)
        }
        MenuList(items: items, selection: list.selection).draw(in: &buffer, area: listArea)
        return cursor
    }
}

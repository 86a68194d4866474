import KioskCore

/// Staff accounts for administrators: who is locked out, and Enter to unlock them.
struct StaffListScreen {
    let state: AppState
    let list: StaffListState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintUnlock]), KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuStaff], width: area.cols), row: area.row, col: area.col, role: .title)
        let items = list.items.map { summary in
            let account = summary.account
            let badge = LoginStateBadge.text(locked: summary.locked, failedAttempts: summary.failedAttempts, catalog)
            let role = SupervisorHomeScreen.roleName(account.role, catalog)
            return MenuItem("\(account.login)  \(account.name)  \(role)", badge: badge)
        }
        let rows = min(items.count, max(0, area.rows - 4))
        MenuList(items: items, selection: list.selection).draw(in: &buffer, area: Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: rows))
        SaveOutcomeLine.draw(list.outcome, catalog, in: &buffer, row: area.row + 3 + rows, col: area.col, width: area.cols)
    }
}

import KioskCore

/// One detainee's account for staff: lock or unlock, new PIN, language.
struct DetaineeDetailScreen {
    let state: AppState
    let detail: DetaineeDetailState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintDo]), KeyHint("←→", catalog[.hintChange]),
         KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        let account = detail.summary.account
        buffer.write(TextLayout.truncate("\(account.number)  \(account.name)", width: area.cols), row: area.row, col: area.col, role: .title)
        var status = "\(catalog[.detaineeCell]) \(account.cell)"
        if detail.summary.locked { status += "  · " + catalog[.detaineeLocked] }
        if detail.summary.failedAttempts > 0 { status += "  · " + catalog.text(.detaineeFailed, ["count": String(detail.summary.failedAttempts)]) }
        buffer.write(TextLayout.truncate(status, width: area.cols), row: area.row + 1, col: area.col,
                     role: detail.summary.locked ? .warning : .muted)
        let rows: [(DetaineeDetailState.Row, String)] = [
            (.lock, catalog[detail.summary.locked ? .detaineeActionUnlock : .detaineeActionLock]),
            (.resetPIN, catalog[.detaineeActionResetPIN]),
            (.language, catalog[.detaineeActionLanguage] + "  ‹ " + account.language.nativeName + " ›"),
            (.profile, catalog[.detaineeActionProfile] + "  ‹ " + (detail.summary.profile ?? catalog[.detaineeProfileNone]) + " ›"),
        ]
        let items = rows.map { MenuItem($0.1) }
        let selection = rows.firstIndex { $0.0 == detail.selection } ?? 0
        let menu = Rect(row: area.row + 3, col: area.col, cols: min(area.cols, 60), rows: min(rows.count, max(0, area.rows - 3)))
        MenuList(items: items, selection: selection).draw(in: &buffer, area: menu)
        let outcomeRow = menu.bottom + 1
        SaveOutcomeLine.draw(detail.outcome, catalog, in: &buffer, row: outcomeRow, col: area.col, width: area.cols)
    }
}

import Foundation
import KioskCore

/// The audit log for administrators: a search field, then one event per line, newest first.
struct AuditLogScreen {
    let state: AppState
    let log: AuditLogState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("abc", catalog[.hintSearch]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// Draws the screen; the cursor stays in the search field.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuAuditLog], width: area.cols), row: area.row, col: area.col, role: .title)
        let field = TextField(label: catalog[.detaineesSearch], value: log.query,
                              capacity: min(AuditLogState.maxQueryLength, max(1, area.cols - 20)), isFocused: true, marksFocus: false)
        let cursor = buffer.draw(field.line(labelWidth: TextWidth.of(catalog[.detaineesSearch])), row: area.row + 2, col: area.col,
                                 width: area.cols)
        let listArea = Rect(row: area.row + 4, col: area.col, cols: area.cols, rows: area.rows - 4)
        guard !listArea.isEmpty else { return cursor }
        if log.events.isEmpty {
            buffer.write(TextLayout.truncate(catalog[.auditLogEmpty], width: listArea.cols), row: listArea.row, col: listArea.col, role: .muted)
            return cursor
        }
        // Only the rows on screen are formatted: the scroll offset depends on count and selection alone.
        var items = Array(repeating: MenuItem(""), count: log.events.count)
        let offset = MenuList(items: items, selection: log.selection).scrollOffset(height: listArea.rows)
        for index in offset..<min(items.count, offset + listArea.rows) {
            let event = log.events[index]
            let when = DateText.clock(event.at, language: state.language, timeZone: state.settings.timeZone)
            items[index] = MenuItem([when, event.actor, event.action, event.subject, event.detail].filter { !$0.isEmpty }
                .joined(separator: "  "))
        }
        MenuList(items: items, selection: log.selection).draw(in: &buffer, area: listArea)
        return cursor
    }
}

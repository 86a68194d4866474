import Foundation
import KioskCore

/// The audit log for administrators: a search field, then one event per line, newest first.
struct AuditLogScreen {
    let state: AppState
    let log: AuditLogState

    static func hints(_ log: AuditLogState, _ catalog: Catalog) -> [KeyHint] {
        if log.isShowingDetail {
            return [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Esc", catalog[.hintBack])]
        }
        return [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintDetail]), KeyHint("abc", catalog[.hintSearch]),
                KeyHint("Esc", catalog[.hintBack])]
    }

    /// Draws the screen; the cursor stays in the search field.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuAuditLog], width: area.cols), row: area.row, col: area.col, role: .title)
        if log.isShowingDetail, log.events.indices.contains(log.selection) {
            // The event has the whole screen below the title: no search while reading it.
            drawDetail(log.events[log.selection], in: &buffer, area: Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: area.rows - 2))
            return nil
        }
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

    /// One event whole: each field on its own lines, labelled, wrapped to the width.
    private func drawDetail(_ event: AuditEvent, in buffer: inout Buffer, area: Rect) {
        let catalog = state.catalog
        let when = DateText.clock(event.at, language: state.language, timeZone: state.settings.timeZone)
            + " (" + StaffDateTime.text(event.at, timeZone: state.settings.timeZone) + ")"
        let fields: [(MessageKey, String)] = [
            (.auditWhen, when), (.auditWho, event.actor), (.auditTerminal, event.terminal), (.auditAction, event.action),
            (.auditSubject, event.subject), (.auditDetail, event.detail),
        ]
        var row = area.row
        for (key, value) in fields where row < area.bottom {
            buffer.write(TextLayout.truncate(catalog[key], width: area.cols), row: row, col: area.col, role: .title)
            row += 1
            for line in TextLayout.wrap(value.isEmpty ? "—" : value, width: max(1, area.cols - 2)) where row < area.bottom {
                buffer.write(line, row: row, col: area.col + 2, role: .body)
                row += 1
            }
        }
    }
}

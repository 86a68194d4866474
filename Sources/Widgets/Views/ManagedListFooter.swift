import KioskCore

/// The last lines of a list staff change: what became of the last change.
enum ManagedListFooter {
    /// Lines kept for the outcome at the bottom of the area.
    static let rows = 2

    static func draw(outcome: SaveOutcome?, _ catalog: Catalog, in buffer: inout Buffer, area: Rect) {
        guard area.rows > rows + 2 else { return }
        SaveOutcomeLine.draw(outcome, catalog, in: &buffer, row: area.bottom - rows, col: area.col, width: area.cols, maxRows: rows)
    }

    /// A whole list screen: title, the entries (or what an empty list means), the outcome of
    /// the last change, and the confirmation box over it all while one is asked.
    static func drawList(title: String, empty: String, items: [MenuItem], selection: Int, outcome: SaveOutcome?,
                         confirmation: String?, _ catalog: Catalog, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.write(TextLayout.truncate(title, width: area.cols), row: area.row, col: area.col, role: .title)
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 3 - rows))
        if items.isEmpty {
            if !listArea.isEmpty {
                buffer.write(TextLayout.truncate(empty, width: area.cols), row: listArea.row, col: area.col, role: .muted)
            }
        } else {
            MenuList(items: items, selection: selection)
                .draw(in: &buffer, area: Rect(row: listArea.row, col: listArea.col, cols: listArea.cols, rows: min(items.count, listArea.rows)))
        }
        draw(outcome: outcome, catalog, in: &buffer, area: area)
        if let confirmation {
            Dialog(title: catalog[.confirmTitle], message: confirmation).draw(in: &buffer, area: area)
        }
    }
}

import KioskCore

/// The last lines of a list staff change: what became of the last change.
enum ManagedListFooter {
    /// Lines kept for the outcome at the bottom of the area.
    static let rows = 2

    static func draw(outcome: SaveOutcome?, _ catalog: Catalog, in buffer: inout Buffer, area: Rect) {
        guard area.rows > rows + 2 else { return }
        SaveOutcomeLine.draw(outcome, catalog, in: &buffer, row: area.bottom - rows, col: area.col, width: area.cols, maxRows: rows)
    }
}

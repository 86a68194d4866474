import KioskCore

/// Shown instead of any screen when the terminal is below the minimum size; fits down to 1x1.
enum TooSmallScreen {
    static func draw(_ state: AppState, in buffer: inout Buffer) {
        let catalog = state.catalog
        let size = state.size
        let needed = catalog.text(.tooSmallNeeded, ["size": TerminalSize.minimum.description])
        let lines = TextLayout.wrap(catalog[.tooSmall], width: size.cols).map { ($0, Role.error) }
            + TextLayout.wrap(needed, width: size.cols).map { ($0, Role.body) }
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.prefix(size.rows).enumerated() {
            let col = max(0, (size.cols - TextWidth.of(line.0)) / 2)
            buffer.write(line.0, row: top + index, col: col, role: line.1)
        }
    }
}

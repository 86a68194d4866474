import KioskCore

/// Language and theme, each changed with the arrow keys.
struct SettingsScreen {
    let state: AppState
    let settings: SettingsState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("←→", catalog[.hintChange]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// The name shown for a theme: translated for the shipped ones, the file name otherwise.
    static func themeTitle(_ name: String, _ catalog: Catalog) -> String {
        switch name {
        case "default": catalog[.themeDefault]
        case "high-contrast": catalog[.themeHighContrast]
        case "mono": catalog[.themeMono]
        default: name
        }
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.settingsTitle], width: area.cols), row: area.row, col: area.col, role: .title)
        let rows: [(SettingsState.Row, MessageKey, String)] = [
            (.language, .settingsLanguage, state.language.nativeName),
            (.theme, .settingsTheme, Self.themeTitle(state.theme, catalog)),
        ]
        let labelWidth = rows.map { TextWidth.of(catalog[$0.1]) }.max() ?? 0
        for (index, row) in rows.enumerated() {
            let isSelected = row.0 == settings.selection
            let label = catalog[row.1]
            let line = (isSelected ? "> " : "  ") + label + String(repeating: " ", count: labelWidth - TextWidth.of(label))
                + "  ‹ " + row.2 + " ›"
            let rowIndex = area.row + 2 + index
            if isSelected { buffer.fill(Rect(row: rowIndex, col: area.col, cols: min(area.cols, TextWidth.of(line) + 1), rows: 1), role: .selected) }
            buffer.write(TextLayout.truncate(line, width: area.cols), row: rowIndex, col: area.col, role: isSelected ? .selected : .body)
        }
        let outcomeRow = area.row + 2 + rows.count + 1
        SaveOutcomeLine.draw(settings.outcome, catalog, in: &buffer, row: outcomeRow, col: area.col, width: area.cols)
    }
}

import KioskCore

/// A section of the home menu that its feature has not filled yet.
struct SectionScreen {
    let state: AppState
    let section: Section

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[ScreenRenderer.title(of: section)], width: area.cols), row: area.row,
                     col: area.col, role: .title)
        for (index, line) in TextLayout.wrap(catalog[.sectionEmpty], width: area.cols).prefix(max(0, area.rows - 2)).enumerated() {
            buffer.write(line, row: area.row + 2 + index, col: area.col, role: .muted)
        }
    }
}

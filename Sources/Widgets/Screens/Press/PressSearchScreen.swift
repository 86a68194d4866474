import KioskCore

/// Searching the press: the words typed, then the articles that contain them.
struct PressSearchScreen {
    let state: AppState
    let search: PressSearchState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("abc", catalog[.pressSearchField]), KeyHint("Enter", catalog[.hintSearch] + "/" + catalog[.hintOpen]),
         KeyHint("↑↓", catalog[.hintMove]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// Draws the screen; returns the cursor, which stays in the field.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        SectionLines.drawTitle(catalog[.pressSearchTitle], section: .press, state, in: &buffer, area: area)
        guard area.rows > 2 else { return nil }
        let label = catalog[.pressSearchField]
        let field = TextField(label: label, value: search.query,
                              capacity: min(PressSearchState.maxQueryLength, max(1, area.cols - TextWidth.of(label) - 6)),
                              isFocused: true, marksFocus: false)
        let cursor = buffer.draw(field.line(labelWidth: TextWidth.of(label)), row: area.row + 2, col: area.col, width: area.cols)
        guard area.rows > 4 else { return cursor }
        let status: (String, Role) = if let query = search.searchedFor, let results = search.results, search.failure == nil {
            results.isEmpty
                ? (catalog.text(.pressSearchNone, ["query": query]), .warning)
                : (catalog.text(results.count == 1 ? .pressSearchResultOne : .pressSearchResults,
                                ["count": String(results.count), "query": query]), .muted)
        } else {
            (catalog[.pressSearchHelp], .muted)
        }
        let statusLines = TextLayout.wrap(status.0, width: area.cols).prefix(2)
        for (index, line) in statusLines.enumerated() {
            buffer.write(line, row: area.row + 4 + index, col: area.col, role: status.1)
        }
        let top = area.row + 5 + statusLines.count
        let listArea = Rect(row: top, col: area.col, cols: area.cols, rows: max(0, area.bottom - top))
        if search.searchedFor != nil && (search.results.map { !$0.isEmpty } ?? true) {
            SectionLines.drawList(search.results.map { PressLines.articles($0, showsSource: true, state) },
                                selection: search.selection, empty: "", loading: catalog[.pressLoading], failure: search.failure, catalog,
                                in: &buffer, area: listArea)
        }
        return cursor
    }
}

import KioskCore

/// One newspaper's articles, newest first, the unread ones marked.
struct PressArticlesScreen {
    let state: AppState
    let list: PressArticlesState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("/", catalog[.hintSearch]),
         KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        SectionLines.drawTitle(list.source.name, section: .press, state, in: &buffer, area: area)
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 2))
        SectionLines.drawList(list.articles.map { PressLines.articles($0, showsSource: false, state) }, selection: list.selection,
                            empty: catalog[.pressNoArticles], loading: catalog[.pressLoading], failure: list.failure, catalog, in: &buffer, area: listArea)
    }
}

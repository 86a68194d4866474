import KioskCore

/// The press stand: the newspapers a detainee may read, or every article by date (Tab).
struct PressScreen {
    let state: AppState
    let stand: PressState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("Tab", catalog[.hintSwitchView]),
         KeyHint("/", catalog[.hintSearch]), KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        SectionLines.drawTitle(catalog[.menuPress], section: .press, state, in: &buffer, area: area)
        if area.rows > 2 { drawTabs(in: &buffer, row: area.row + 2, area: area) }
        let listArea = Rect(row: area.row + 4, col: area.col, cols: area.cols, rows: max(0, area.rows - 4))
        let items: [MenuItem]? = switch stand.view {
        case .sources: stand.sources?.map { PressLines.source($0, state) }
        case .byDate: stand.latest.map { PressLines.articles($0, showsSource: true, state) }
        }
        SectionLines.drawList(items, selection: stand.selection, empty: catalog[.pressEmpty], loading: catalog[.pressLoading], failure: stand.failure, catalog,
                            in: &buffer, area: listArea)
    }

    /// "[Newspapers]  By date": the view on screen in brackets and the selected role.
    private func drawTabs(in buffer: inout Buffer, row: Int, area: Rect) {
        let catalog = state.catalog
        var col = area.col
        for (view, key) in [(PressState.View.sources, MessageKey.pressNewspapers), (.byDate, .pressByDate)] {
            let isShown = stand.view == view
            let text = isShown ? "[" + catalog[key] + "]" : " " + catalog[key] + " "
            guard col < area.right else { return }
            col += buffer.write(text, row: row, col: col, role: isShown ? .selected : .muted, limit: area.right - col) + 1
        }
    }
}

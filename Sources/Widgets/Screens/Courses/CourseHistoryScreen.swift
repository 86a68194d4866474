import KioskCore

/// The courses the learner completed, newest first, each with its date.
struct CourseHistoryScreen {
    let state: AppState
    let history: CourseHistoryState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        SectionLines.drawTitle(catalog[.courseHistoryTitle], section: .courses, state, in: &buffer, area: area)
        let items = history.completions?.map { completion in
            MenuItem(CourseLines.date(completion.completedAt, state) + " · " + completion.title)
        }
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 2))
        SectionLines.drawList(items, selection: history.selection, empty: catalog[.courseHistoryEmpty], loading: catalog[.courseLoading], failure: history.failure,
                             catalog, in: &buffer, area: listArea)
    }
}

import KioskCore

/// The course catalogue: the search field (always focused), the filters, and the courses with
/// the learner's standing in each.
struct CourseCatalogScreen {
    let state: AppState
    let catalogue: CourseCatalogState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        // Tab and F3 also stand on the filter line, by what they change.
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("F4", catalog[.hintHistory]),
         KeyHint("Tab", catalog[.hintLanguage]), KeyHint("F3", catalog[.hintTopic]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// Draws the screen; returns the cursor, which stays in the field.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        SectionLines.drawTitle(catalog[.menuCourses], section: .courses, state, in: &buffer, area: area)
        guard area.rows > 2 else { return nil }
        let label = catalog[.courseSearchField]
        let room = max(1, min(CourseCatalogState.maxSearchLength, area.cols - TextWidth.of(label) - 6))
        let search = catalogue.filter.search
        let shown = TextWidth.of(search) > room ? "…" + FormView.tail(search, width: room - 1) : search
        let field = TextField(label: label, value: shown, capacity: room, isFocused: true, marksFocus: false)
        let cursor = buffer.draw(field.line(labelWidth: TextWidth.of(label)), row: area.row + 2, col: area.col, width: area.cols)
        if area.rows > 3 { buffer.draw(filters(catalog), row: area.row + 3, col: area.col, width: area.cols) }
        // A list that stops short says so on its last line: how many more a word would narrow.
        let more = catalogue.unlisted > 0 && area.rows > 7 ? 1 : 0
        let listArea = Rect(row: area.row + 5, col: area.col, cols: area.cols, rows: max(0, area.rows - 5 - more))
        let courses = catalogue.courses ?? []
        SectionLines.drawList(count: catalogue.courses?.count, item: { CourseLines.course(courses[$0], catalog) },
                             selection: catalogue.selection,
                             empty: catalog[catalogue.isFiltered ? .coursesNoneMatch : .coursesEmpty],
                             loading: catalog[.courseLoading], failure: catalogue.failure, catalog, in: &buffer, area: listArea)
        if more > 0 {
            let line = StyledLine([Span("  " + catalog.text(.coursesMore, ["count": String(catalogue.unlisted)]), .muted)])
            buffer.draw(line, row: listArea.row + listArea.rows, col: area.col, width: area.cols)
        }
        return cursor
    }

    /// "Tab Language: all   F3 Topic: Work": the filters in words, each after the key that changes it.
    private func filters(_ catalog: Catalog) -> StyledLine {
        let language = catalogue.filter.language?.nativeName ?? catalog[.courseAllLanguages]
        let category = catalogue.filter.category.map { catalog[CourseLines.category($0)] } ?? catalog[.courseAllCategories]
        return StyledLine([
            Span("  "), Span("Tab", .key), Span(" " + catalog.text(.courseLanguageFilter, ["language": language]) + "   "),
            Span("F3", .key), Span(" " + catalog.text(.courseCategoryFilter, ["category": category])),
        ])
    }
}

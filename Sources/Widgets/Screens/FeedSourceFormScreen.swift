import KioskCore

/// A new press feed source: URL, name and language; the URL needs a press rule.
struct FeedSourceFormScreen {
    let state: AppState
    let form: FeedSourceFormState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        SiteRuleFormScreen.hints(catalog)
    }

    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.feedSourceNewTitle], width: area.cols), row: area.row, col: area.col, role: .title)
        let rows = [
            FormRow(catalog[.feedSourceURL], .text(form.url)),
            FormRow(catalog[.feedSourceName], .text(form.name)),
            FormRow(catalog[.feedSourceLanguage], .choice(form.language.nativeName)),
        ]
        let focus = FeedSourceFormState.Field.allCases.firstIndex(of: form.focus) ?? 0
        let fields = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, min(rows.count, area.rows - 2)))
        let cursor = FormView(rows: rows, focus: focus).draw(in: &buffer, area: fields)
        if fields.bottom + 1 < area.bottom {
            buffer.write(TextLayout.truncate(catalog[.feedSourceNeedsRule], width: area.cols), row: fields.bottom + 1, col: area.col,
                         role: .muted)
        }
        SaveOutcomeLine.draw(form.outcome, catalog, in: &buffer, row: fields.bottom + 3, col: area.col, width: area.cols,
                             maxRows: max(0, area.bottom - fields.bottom - 3))
        return cursor
    }
}

import KioskCore

/// A new site rule: its text, category and the forms it allows, with the format as a reminder.
struct SiteRuleFormScreen {
    let state: AppState
    let form: SiteRuleFormState

    static let format = "[scheme://][.]host[:port][/path]"

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("Tab", catalog[.hintNextField]), KeyHint("←→", catalog[.hintChange]), KeyHint("Enter", catalog[.hintSave]),
         KeyHint("Esc", catalog[.hintCancel])]
    }

    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.siteRuleNewTitle], width: area.cols), row: area.row, col: area.col, role: .title)
        let rows = [
            FormRow(catalog[.siteRuleText], .text(form.text)),
            FormRow(catalog[.siteRuleCategory], .choice(form.category.rawValue)),
            FormRow(catalog[.siteRuleGetForms], .toggle(form.allowsGetForms)),
            FormRow(catalog[.siteRulePost], .toggle(form.allowsPost)),
        ]
        let focus = SiteRuleFormState.Field.allCases.firstIndex(of: form.focus) ?? 0
        let fields = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, min(rows.count, area.rows - 2)))
        let cursor = FormView(rows: rows, focus: focus).draw(in: &buffer, area: fields)
        let help = catalog.text(.siteRuleFormat, ["format": Self.format])
        if fields.bottom + 1 < area.bottom {
            buffer.write(TextLayout.truncate(help, width: area.cols), row: fields.bottom + 1, col: area.col, role: .muted)
        }
        SaveOutcomeLine.draw(form.outcome, catalog, in: &buffer, row: fields.bottom + 3, col: area.col, width: area.cols,
                             maxRows: max(0, area.bottom - fields.bottom - 3))
        return cursor
    }
}

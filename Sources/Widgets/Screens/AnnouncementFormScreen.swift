import KioskCore

/// A new announcement: text, from, until and audience (and the wing when it is one wing);
/// a text longer than its field is shown whole under the form.
struct AnnouncementFormScreen {
    let state: AppState
    let form: AnnouncementFormState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        SiteRuleFormScreen.hints(catalog)
    }

    static func audience(_ audience: AnnouncementFormState.Audience, _ catalog: Catalog) -> String {
        switch audience {
        case .everyone: catalog[.audienceEveryone]
        case .wing: catalog[.audienceWing]
        case .language(let language): catalog.text(.audienceLanguage, ["language": language.nativeName])
        }
    }

    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.announcementNewTitle], width: area.cols), row: area.row, col: area.col, role: .title)
        var rows: [(AnnouncementFormState.Field, FormRow)] = [
            (.text, FormRow(catalog[.announcementText], .text(form.text))),
            (.startsAt, FormRow(catalog[.announcementStartsAt], .text(form.startsAt))),
            (.endsAt, FormRow(catalog[.announcementEndsAt], .text(form.endsAt))),
            (.audience, FormRow(catalog[.announcementAudience], .choice(Self.audience(form.audience, catalog)))),
        ]
        if form.fields.contains(.wing) {
            rows.append((.wing, FormRow(catalog[.announcementWing], .text(form.wing))))
        }
        let focus = rows.firstIndex { $0.0 == form.focus } ?? 0
        let fields = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, min(rows.count, area.rows - 2)))
        let view = FormView(rows: rows.map(\.1), focus: focus)
        let cursor = view.draw(in: &buffer, area: fields)
        var row = fields.bottom + 1
        if row < area.bottom {
            let help = catalog.text(.announcementDatesHelp, ["pattern": StaffDateTime.pattern])
            buffer.write(TextLayout.truncate(help, width: area.cols), row: row, col: area.col, role: .muted)
            row += 2
        }
        if form.outcome != nil {
            SaveOutcomeLine.draw(form.outcome, catalog, in: &buffer, row: row, col: area.col, width: area.cols,
                                 maxRows: max(0, area.bottom - row))
            row += 2
        }
        // The whole text, wrapped, when the field shows only its end.
        if TextWidth.of(form.text) > view.textRoom(in: area.cols) {
            for line in TextLayout.wrap(form.text, width: area.cols) where row < area.bottom {
                buffer.write(line, row: row, col: area.col, role: .muted)
                row += 1
            }
        }
        return cursor
    }
}

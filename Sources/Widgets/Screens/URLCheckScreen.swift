import KioskCore

/// "Test a URL": an administrator types a URL and sees which rule allows it, or why not.
///
/// The reason for a refusal is the policy's own technical wording (for staff, not detainees).
struct URLCheckScreen {
    let state: AppState
    let check: URLCheckState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("Enter", catalog[.hintCheck]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// Draws the screen; the cursor stays in the URL field.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuURLCheck], width: area.cols), row: area.row, col: area.col, role: .title)
        let label = catalog[.urlCheckField]
        let room = max(1, area.cols - TextWidth.of(label) - 6)
        // A URL longer than the field shows its end, where the typing happens.
        let shown = TextWidth.of(check.url) > room ? "…" + String(check.url.suffix(room - 1)) : check.url
        let field = TextField(label: label, value: shown, capacity: room, isFocused: true, marksFocus: false)
        let cursor = buffer.draw(field.line(labelWidth: TextWidth.of(label)), row: area.row + 2, col: area.col, width: area.cols)
        guard let decision = check.decision else { return cursor }
        var lines: [StyledLine]
        if let rule = decision.rule, decision.isAllowed {
            lines = [StyledLine("✓ " + catalog.text(.urlCheckAllowed, ["rule": rule.text]), .success)]
        } else {
            lines = [StyledLine("! " + catalog[.urlCheckDenied], .error)]
            lines += TextLayout.wrap(decision.refusal.map { "\($0)" } ?? "", width: area.cols).map { StyledLine($0) }
        }
        for (index, line) in lines.prefix(max(0, area.rows - 4)).enumerated() {
            buffer.draw(line, row: area.row + 4 + index, col: area.col, width: area.cols)
        }
        return cursor
    }
}

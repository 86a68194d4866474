import KioskCore

/// The box a message is written in: a title, a choice drawn `< value >` when the act has one,
/// what the text is for, the editor, and a `[ Send ]` button, with a note under it ("Sending…",
/// or why it failed).
///
/// The part with the focus is marked with `>` before it (and the editor with a double border),
/// so focus shows without colour. On a short screen the line saying what the text is for goes
/// first, then the title, then the note.
struct RequestComposerPanel {
    /// The part that has the focus.
    enum Focus {
        case choice, text, send
    }

    /// What the act is sent to or sets, changed with ← →.
    struct Choice {
        var label: String
        var value: String
    }

    /// Lines of text the editor shows when there is room.
    static let textRows = 4

    var title: String
    var choice: Choice?
    /// What the text is for ("Reason (the detainee reads it)"), over the editor.
    var textLabel: String?
    var editor: TextEditorState
    var focus: Focus
    var sendLabel: String
    var note: String?
    var noteRole: Role = .muted

    /// Rows the panel takes when nothing has to give way.
    func idealRows(width: Int) -> Int {
        let fixed = 1 + (choice == nil ? 0 : 1) + (textLabel == nil ? 0 : 1) + 1
        return fixed + TextEditorView.boxRows(textRows: Self.textRows) + noteLines(width: width).count
    }

    private func noteLines(width: Int) -> [String] {
        Array(TextLayout.wrap(note ?? "", width: width).prefix(note == nil ? 0 : 3))
    }

    /// Draws the panel; returns the cursor while the text has the focus.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        var notes = noteLines(width: area.cols)
        var hasTitle = true
        var hasLabel = textLabel != nil
        let fixed = { (hasTitle ? 1 : 0) + (choice == nil ? 0 : 1) + (hasLabel ? 1 : 0) + 1 + notes.count }
        if area.rows - fixed() < 1 { hasLabel = false }
        if area.rows - fixed() < 1 { hasTitle = false }
        if area.rows - fixed() < 1 { notes = [] }
        var row = area.row
        if hasTitle {
            buffer.write(TextLayout.truncate(title, width: area.cols), row: row, col: area.col, role: .title)
            row += 1
        }
        if let choice, row < area.bottom {
            let isFocused = focus == .choice
            let line = StyledLine([Span((isFocused ? "> " : "  ") + choice.label + " ", isFocused ? .title : .body),
                                   Span("< " + choice.value + " >", isFocused ? .selected : .body)])
            buffer.draw(line, row: row, col: area.col, width: area.cols)
            row += 1
        }
        if hasLabel, let textLabel, row < area.bottom {
            buffer.write(TextLayout.truncate("  " + textLabel, width: area.cols), row: row, col: area.col,
                         role: focus == .text ? .title : .body)
            row += 1
        }
        let editorRows = max(0, area.bottom - row - 1 - notes.count)
        var cursor: Position?
        if editorRows > 0 {
            if focus == .text { buffer.write(">", row: row, col: area.col, role: .title) }
            let box = Rect(row: row, col: area.col + 2, cols: max(0, area.cols - 2), rows: editorRows)
            cursor = TextEditorView(editor: editor, isFocused: focus == .text).draw(in: &buffer, area: box)
            row += editorRows
        }
        if row < area.bottom {
            let isFocused = focus == .send
            let line = StyledLine([Span(isFocused ? "> " : "  ", .title), Span("[ " + sendLabel + " ]", isFocused ? .selected : .body)])
            buffer.draw(line, row: row, col: area.col, width: area.cols)
            row += 1
        }
        for line in notes where row < area.bottom {
            buffer.write(line, row: row, col: area.col, role: noteRole)
            row += 1
        }
        return focus == .text ? cursor : nil
    }
}

/// One line to type into: a label, then the text in brackets, scrolled sideways so the cursor
/// is always in view. A new line in the text is shown as `↵`.
public struct EditorLine: Equatable, Sendable {
    public var label: String
    public var text: String
    /// Characters of `text` before the cursor.
    public var cursor: Int

    public init(label: String, text: String, cursor: Int) {
        self.label = label
        self.text = text
        self.cursor = cursor
    }

    /// Draws the line at `row` from `col`, at most `width` columns; returns where the cursor is.
    @discardableResult
    public func draw(in buffer: inout Buffer, row: Int, col: Int, width: Int) -> Position? {
        guard width > 0 else { return nil }
        let head = TextLayout.truncate(label, width: max(0, width / 2)) + " ["
        let headWidth = TextWidth.of(head)
        let room = width - headWidth - 1
        guard room >= 2 else {
            buffer.write(TextLayout.truncate(label, width: width), row: row, col: col, role: .title, limit: width)
            return nil
        }
        let characters = text.map { $0 == "\n" ? "↵" : String($0) }
        let cursor = min(max(0, cursor), characters.count)
        // The first character shown: as far left as leaves the cursor (and one cell for it) in view.
        var start = 0
        var before = characters[0..<cursor].reduce(0) { $0 + TextWidth.of($1) }
        while before > room - 1, start < cursor {
            before -= TextWidth.of(characters[start])
            start += 1
        }
        var shown = ""
        var shownWidth = 0
        for character in characters[start...] {
            let characterWidth = TextWidth.of(character)
            guard shownWidth + characterWidth <= room else { break }
            shown += character
            shownWidth += characterWidth
        }
        buffer.write(head, row: row, col: col, role: .title, limit: width)
        buffer.fill(Rect(row: row, col: col + headWidth, cols: room, rows: 1), role: .inputFocused)
        buffer.write(shown, row: row, col: col + headWidth, role: .inputFocused, limit: room)
        buffer.write("]", row: row, col: col + headWidth + room, role: .body)
        return Position(row: row, col: col + headWidth + before)
    }
}

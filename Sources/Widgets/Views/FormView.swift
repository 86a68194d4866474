/// One field of a form as drawn: a label and a value to type, pick or tick.
public struct FormRow: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        /// Typed text; longer text than the box shows its end, where typing happens.
        case text(String)
        /// One of several values, changed with ← →: drawn `‹ value ›`.
        case choice(String)
        /// On or off, changed with Space: drawn `[x]` or `[ ]`, readable without colour.
        case toggle(Bool)
    }

    public var label: String
    public var value: Value

    public init(_ label: String, _ value: Value) {
        self.label = label
        self.value = value
    }
}

/// A form: one field a line, labels aligned, the focused field marked with `>` and its role.
public struct FormView: Equatable, Sendable {
    public var rows: [FormRow]
    public var focus: Int

    public init(rows: [FormRow], focus: Int) {
        self.rows = rows
        self.focus = focus
    }

    /// Draws the fields from the top of `area`, as many as fit; returns the cursor when the
    /// focused field is typed text.
    /// Columns the labels take in `width`: the widest label, at most a third of the width.
    public func labelWidth(in width: Int) -> Int {
        min(rows.map { TextWidth.of($0.label) }.max() ?? 0, max(1, width / 3))
    }

    /// Columns a typed value shows in `width` before its start is cut.
    public func textRoom(in width: Int) -> Int {
        // Marker, label, a space and the two brackets.
        max(1, width - labelWidth(in: width) - 6)
    }

    public func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let labelWidth = labelWidth(in: area.cols)
        var cursor: Position?
        for (index, row) in rows.prefix(area.rows).enumerated() {
            let isFocused = index == focus
            let line: StyledLine
            switch row.value {
            case .text(let value):
                let room = textRoom(in: area.cols)
                let shown = TextWidth.of(value) > room ? "…" + Self.tail(value, width: room - 1) : value
                line = TextField(label: row.label, value: shown, capacity: room, isFocused: isFocused).line(labelWidth: labelWidth)
            case .choice(let value):
                line = Self.line(row.label, "‹ " + value + " ›", isFocused: isFocused, labelWidth: labelWidth)
            case .toggle(let isOn):
                line = Self.line(row.label, isOn ? "[x]" : "[ ]", isFocused: isFocused, labelWidth: labelWidth)
            }
            let position = buffer.draw(line, row: area.row + index, col: area.col, width: area.cols)
            if isFocused { cursor = position }
        }
        return cursor
    }

    private static func line(_ label: String, _ value: String, isFocused: Bool, labelWidth: Int) -> StyledLine {
        let labelText = TextLayout.truncate(label, width: labelWidth)
        let padding = String(repeating: " ", count: max(0, labelWidth - TextWidth.of(labelText)))
        let head = (isFocused ? "> " : "  ") + labelText + padding + " "
        return StyledLine([Span(head, isFocused ? .title : .body), Span(value, isFocused ? .selected : .body)])
    }

    /// The end of `text` that fits in `width` columns.
    static func tail(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text.reversed() {
            let characterWidth = TextWidth.of(String(character))
            if used + characterWidth > width { break }
            used += characterWidth
            result.insert(character, at: result.startIndex)
        }
        return result
    }
}

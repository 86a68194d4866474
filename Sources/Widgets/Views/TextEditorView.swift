import KioskCore

/// A text being typed, drawn in a box: wrapped to its width, scrolled to the cursor's line, with
/// the characters used out of the limit always in sight ("12 / 1000").
///
/// With room, the box has a border, double while focused so focus shows without colour, and
/// the count sits in its bottom edge; without, the count takes the last row, or the end of the
/// only row. The text wraps at spaces by display width (a word wider than the box is cut),
/// typed newlines break lines, and one column is kept after the text so the cursor always has a
/// cell. An editor that refuses newlines is drawn as a one-line field, `[text   ]`, scrolled
/// sideways to its cursor. Whatever the text holds, no control character reaches the cells.
public struct TextEditorView: Equatable, Sendable {
    /// One row of the wrapped text: characters `start ..< end` of the text, as drawn.
    struct Row: Equatable {
        var start: Int
        var end: Int
        /// One drawn character per character of the text.
        var characters: [String]

        var text: String { characters.joined() }
    }

    public var editor: TextEditorState
    public var isFocused: Bool
    /// Whether the count of characters is shown (a date needs none).
    public var showsCount: Bool

    public init(editor: TextEditorState, isFocused: Bool = true, showsCount: Bool = true) {
        self.editor = editor
        self.isFocused = isFocused
        self.showsCount = showsCount
    }

    /// "12 / 1000".
    public var count: String { "\(editor.count) / \(editor.limit)" }

    /// Rows a box needs to show `textRows` lines of text with its border.
    public static func boxRows(textRows: Int) -> Int { textRows + 2 }

    /// Draws the editor; returns where the terminal cursor goes while it is focused.
    @discardableResult
    public func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        if !editor.allowsNewlines { return drawLine(in: &buffer, area: area) }
        let bordered = area.rows >= 3 && area.cols >= 8
        let text: Rect
        if bordered {
            text = Rect(row: area.row + 1, col: area.col + 2, cols: area.cols - 4, rows: area.rows - 2)
            drawBorder(in: &buffer, area: area)
        } else if area.rows >= 2 && showsCount {
            text = Rect(row: area.row, col: area.col, cols: area.cols, rows: area.rows - 1)
            let shown = TextLayout.truncate(count, width: area.cols)
            buffer.write(shown, row: area.bottom - 1, col: area.right - TextWidth.of(shown), role: countRole)
        } else if showsCount && area.cols >= TextWidth.of(count) + 8 {
            // One row: the count at its end.
            text = Rect(row: area.row, col: area.col, cols: area.cols - TextWidth.of(count) - 1, rows: 1)
            buffer.write(count, row: area.row, col: area.right - TextWidth.of(count), role: countRole)
        } else {
            text = area
        }
        // The last column stays free for a cursor after a full line.
        let width = bordered ? text.cols : max(1, text.cols - 1)
        let rows = Self.rows(editor.text, width: width)
        let place = Self.place(editor.cursor, in: rows, width: width)
        let first = min(max(0, place.row - text.rows + 1), max(0, rows.count - text.rows))
        buffer.fill(text, role: isFocused ? .inputFocused : .input)
        for index in 0..<text.rows where first + index < rows.count {
            buffer.write(rows[first + index].text, row: text.row + index, col: text.col, role: isFocused ? .inputFocused : .input,
                         limit: width)
        }
        let marks = bordered ? area.right - 1 : text.right - 1
        if first > 0 { buffer.write("↑", row: text.row, col: marks, role: .muted) }
        if first + text.rows < rows.count { buffer.write("↓", row: text.bottom - 1, col: marks, role: .muted) }
        guard isFocused else { return nil }
        let position = Position(row: text.row + place.row - first,
                                col: text.col + min(place.col, bordered ? width : max(0, text.cols - 1)))
        return buffer.contains(row: position.row, col: position.col) ? position : nil
    }

    private var countRole: Role { editor.count >= editor.limit ? .warning : .muted }

    /// The border, single or double, with the count in its bottom edge.
    private func drawBorder(in buffer: inout Buffer, area: Rect) {
        let (corners, horizontal, vertical) = isFocused
            ? (["╔", "╗", "╚", "╝"], "═", "║")
            : (["┌", "┐", "└", "┘"], "─", "│")
        let line = String(repeating: horizontal, count: area.cols - 2)
        buffer.write(corners[0] + line + corners[1], row: area.row, col: area.col, role: .border)
        buffer.write(corners[2] + line + corners[3], row: area.bottom - 1, col: area.col, role: .border)
        for row in (area.row + 1)..<(area.bottom - 1) {
            buffer.write(vertical, row: row, col: area.col, role: .border)
            buffer.write(vertical, row: row, col: area.right - 1, role: .border)
        }
        guard showsCount else { return }
        let shown = TextLayout.truncate(" " + count + " ", width: area.cols - 2)
        buffer.write(shown, row: area.bottom - 1, col: area.right - 1 - TextWidth.of(shown) - (area.cols > 12 ? 1 : 0),
                     role: countRole)
    }

    /// A one-line field: `[text   ]` with the count after it when there is room.
    private func drawLine(in buffer: inout Buffer, area: Rect) -> Position? {
        let countText = showsCount ? " " + count : ""
        let countWidth = TextWidth.of(countText)
        let withCount = countWidth > 0 && area.cols >= countWidth + 6
        let box = withCount ? area.cols - countWidth : area.cols
        let inner = max(1, box - 2)
        let characters = Array(editor.text).map(Self.shown)
        let cursor = min(max(0, editor.cursor), characters.count)
        // Scrolled sideways so the cursor and as much before it as fits are in view.
        var start = 0
        while start < cursor && width(characters[start..<cursor]) > inner - 1 { start += 1 }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let characterWidth = TextWidth.of(character)
            if used + characterWidth > inner { break }
            shown += character
            used += characterWidth
        }
        let role: Role = isFocused ? .inputFocused : .input
        guard box >= 3 else {
            buffer.write(shown, row: area.row, col: area.col, role: role, limit: area.cols)
            return isFocused ? Position(row: area.row, col: area.col + min(width(characters[start..<cursor]), area.cols - 1)) : nil
        }
        buffer.write("[", row: area.row, col: area.col, role: .body)
        buffer.fill(Rect(row: area.row, col: area.col + 1, cols: inner, rows: 1), role: role)
        buffer.write(shown, row: area.row, col: area.col + 1, role: role, limit: inner)
        buffer.write("]", row: area.row, col: area.col + 1 + inner, role: .body)
        if withCount { buffer.write(countText, row: area.row, col: area.col + box, role: countRole) }
        guard isFocused else { return nil }
        return Position(row: area.row, col: area.col + 1 + min(width(characters[start..<cursor]), inner - 1))
    }

    private func width(_ characters: ArraySlice<String>) -> Int {
        characters.reduce(0) { $0 + TextWidth.of($1) }
    }

    // MARK: - Wrapping

    /// A character as drawn: a tab as a space, anything holding a control or bidi character as
    /// "�", so nothing typed or pasted can reach the terminal raw.
    static func shown(_ character: Character) -> String {
        if character == "\t" { return " " }
        let isUnsafe = character.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
            default: false
            }
        }
        return isUnsafe ? "\u{FFFD}" : String(character)
    }

    /// The text wrapped to `width` columns: each typed line starts a row; a line breaks after
    /// its last space that fits (spaces at a break stay at the end of the row), and a word
    /// wider than the row is cut.
    static func rows(_ text: String, width: Int) -> [Row] {
        let width = max(1, width)
        var rows: [Row] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let characters = line.map(shown)
            var start = 0
            repeat {
                var end = start
                var used = 0
                var lastBreak: Int?
                while end < characters.count {
                    let characterWidth = TextWidth.of(characters[end])
                    if characters[end] == " " {
                        used = min(width, used + characterWidth)
                        end += 1
                        lastBreak = end
                        continue
                    }
                    if used + characterWidth > width { break }
                    used += characterWidth
                    end += 1
                }
                if end < characters.count {
                    if let lastBreak, lastBreak > start {
                        end = lastBreak
                    } else if end == start {
                        // A character wider than the whole row: it gets a row of its own.
                        end = start + 1
                    }
                }
                rows.append(Row(start: offset + start, end: offset + end, characters: Array(characters[start..<end])))
                start = end
            } while start < characters.count
            offset += characters.count + 1
        }
        return rows
    }

    /// The row and column of a cursor (characters before it): at a break it stands at the start
    /// of the next row; after spaces hanging past the width it stays at the width.
    static func place(_ cursor: Int, in rows: [Row], width: Int) -> (row: Int, col: Int) {
        guard let index = rows.lastIndex(where: { $0.start <= cursor && cursor <= $0.end }) else {
            return (max(0, rows.count - 1), 0)
        }
        let row = rows[index]
        let before = row.characters.prefix(cursor - row.start).reduce(0) { $0 + TextWidth.of($1) }
        return (index, min(before, max(1, width)))
    }
}

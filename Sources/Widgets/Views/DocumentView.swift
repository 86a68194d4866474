import KioskCore

/// Draws the visible window of a laid-out document: lines `offset ..< offset + height`.
///
/// The selected link is drawn in the `selected` role and its number as `>n<` instead of
/// `[n]`, so it is visible without colour too; a selected form field's box likewise, its
/// brackets drawn as `>` and `<` (`>x<`, `>Wallonie  ▾<`).
public struct DocumentView: Equatable, Sendable {
    public var layout: DocumentLayout
    /// First line shown; kept in the screen's state and clamped here to the last full page.
    public var offset: Int
    /// Index in `Document.links` of the selected link (its number minus one), if any.
    public var selectedLink: Int?
    /// The selected form field, if any.
    public var selectedField: Document.FieldAddress?

    public init(layout: DocumentLayout, offset: Int = 0, selectedLink: Int? = nil, selectedField: Document.FieldAddress? = nil) {
        self.layout = layout
        self.offset = offset
        self.selectedLink = selectedLink
        self.selectedField = selectedField
    }

    /// The offset actually drawn for a view `height` lines high.
    public func visibleOffset(height: Int) -> Int {
        min(max(0, offset), layout.maxOffset(height: height))
    }

    public func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .body)
        let first = visibleOffset(height: area.rows)
        for row in 0..<area.rows {
            let index = first + row
            guard index < layout.lines.count else { break }
            var col = area.col
            for span in layout.lines[index].spans {
                guard col < area.right else { break }
                var text = span.text
                var role = span.role
                if let link = span.link, link == selectedLink {
                    role = .selected
                    if span.isLinkNumber { text = Self.marked(text) }
                }
                if let field = span.field, field == selectedField {
                    role = .selected
                    text = Self.markedBox(text)
                }
                col += buffer.write(text, row: area.row + row, col: col, role: role, limit: area.right - col)
            }
        }
    }

    /// An arrow in the top right corner when there is more above, in the bottom right corner
    /// when there is more below, as lists show it.
    public func drawScrollMarks(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let first = visibleOffset(height: area.rows)
        if first > 0 { buffer.write("↑", row: area.row, col: area.right - 1, role: .muted) }
        if first + area.rows < layout.lines.count { buffer.write("↓", row: area.bottom - 1, col: area.right - 1, role: .muted) }
    }

    /// A field's box with its first and last characters as `>` and `<`: `[x]` as `>x<`.
    static func markedBox(_ box: String) -> String {
        guard box.count >= 2 else { return box }
        return ">" + box.dropFirst().dropLast() + "<"
    }

    /// `[12]` as `>12<`: the selection marker that needs no colour (also for a cut `[1` or `2]`).
    static func marked(_ number: String) -> String {
        String(number.map { $0 == "[" ? ">" : $0 == "]" ? "<" : $0 })
    }
}

/// One entry of a menu: a label, an optional shortcut and an optional badge ("3 new").
public struct MenuItem: Equatable, Sendable {
    public var label: String
    public var shortcut: String?
    public var badge: String?

    public init(_ label: String, shortcut: String? = nil, badge: String? = nil) {
        self.label = label
        self.shortcut = shortcut
        self.badge = badge
    }
}

/// A vertical menu with one selected entry, scrolled so the selection is always visible.
///
/// The selected entry is drawn in the `selected` role and marked with `>`, so it shows on a
/// terminal without colour too.
public struct MenuList: Equatable, Sendable {
    public var items: [MenuItem]
    public var selection: Int

    public init(items: [MenuItem], selection: Int) {
        self.items = items
        self.selection = selection
    }

    /// First visible entry for a given height (derived from the selection, never stored).
    public func scrollOffset(height: Int) -> Int {
        Self.scrollOffset(count: items.count, selection: selection, height: height)
    }

    static func scrollOffset(count: Int, selection: Int, height: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        return min(max(0, selection - height + 1), count - height)
    }

    public func draw(in buffer: inout Buffer, area: Rect) {
        let items = items
        Self.draw(count: items.count, selection: selection, item: { items[$0] }, in: &buffer, area: area)
    }

    /// Draws a menu of `count` entries, asking `item` only for those in view: a catalogue of
    /// thousands of courses words a screenful of them per frame, not all.
    public static func draw(count: Int, selection: Int, item: (Int) -> MenuItem, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let offset = scrollOffset(count: count, selection: selection, height: area.rows)
        for (line, index) in (offset..<min(count, offset + area.rows)).enumerated() {
            let item = item(index)
            let isSelected = index == selection
            let role: Role = isSelected ? .selected : .body
            let row = area.row + line
            buffer.fill(Rect(row: row, col: area.col, cols: area.cols, rows: 1), role: role)
            var text = isSelected ? "> " : "  "
            if let shortcut = item.shortcut { text += shortcut + " " }
            text += item.label
            var badgeWidth = 0
            if let badge = item.badge {
                // The badge, a space before it and one after, so the label never runs into it.
                badgeWidth = TextWidth.of(badge) + 2
                if badgeWidth + 4 <= area.cols {
                    buffer.write(badge, row: row, col: area.right - badgeWidth + 1, role: isSelected ? .selected : .warning)
                } else {
                    badgeWidth = 0
                }
            }
            buffer.write(TextLayout.truncate(text, width: area.cols - badgeWidth), row: row, col: area.col, role: role)
        }
        if offset > 0 { buffer.write("↑", row: area.row, col: area.right - 1, role: .muted) }
        if offset + area.rows < count { buffer.write("↓", row: area.bottom - 1, col: area.right - 1, role: .muted) }
    }
}

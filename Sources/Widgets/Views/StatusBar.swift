/// A key and what it does, shown in the status bar.
public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

/// The bottom line: the keys that work on this screen, always visible.
///
/// Hints that do not fit are left out from the end, so the first hints are the most important.
public struct StatusBar: Equatable, Sendable {
    public var hints: [KeyHint]

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    public func draw(in buffer: inout Buffer, area: Rect) {
        guard area.rows > 0, area.cols > 0 else { return }
        let row = area.bottom - 1
        buffer.fill(Rect(row: row, col: area.col, cols: area.cols, rows: 1), role: .status)
        var col = area.col + 1
        for hint in hints {
            let needed = TextWidth.of(hint.key) + 1 + TextWidth.of(hint.label)
            if col + needed > area.right { break }
            col += buffer.write(hint.key, row: row, col: col, role: .key)
            col += 1
            col += buffer.write(hint.label, row: row, col: col, role: .status)
            col += 2
        }
    }
}

import KioskCore

/// A grid of cells the size of the terminal: what a frame looks like before it is drawn.
///
/// Writing clips silently at the edges, so any layout at any size (1x1 included) is safe.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: TerminalSize
    public private(set) var cells: [Cell]

    public init(size: TerminalSize, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.cols * size.rows)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(row: 0, col: 0, cols: size.cols, rows: size.rows) }

    public subscript(row: Int, col: Int) -> Cell {
        get { cells[row * size.cols + col] }
        set { cells[row * size.cols + col] = newValue }
    }

    public func contains(row: Int, col: Int) -> Bool {
        row >= 0 && col >= 0 && row < size.rows && col < size.cols
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ rect: Rect, role: Role, with text: String = " ") {
        let cell = Cell(text: text, role: role)
        for row in rect.row..<rect.bottom where row >= 0 && row < size.rows {
            for col in rect.col..<rect.right where col >= 0 && col < size.cols {
                self[row, col] = cell
            }
        }
    }

    /// Writes text from a position, at most `limit` columns and never past the right edge.
    /// Returns the number of columns written. A wide character that does not fit whole is
    /// replaced by a space; a combining mark with nothing before it is dropped.
    @discardableResult
    public mutating func write(_ text: String, row: Int, col: Int, role: Role, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return 0 }
        let end = min(size.cols, limit.map { col + max(0, $0) } ?? size.cols)
        var column = col
        var lastCol: Int? = nil
        var combining = 0
        for scalar in text.unicodeScalars {
            let width = TextWidth.of(scalar)
            if width == 0 {
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                if let last = lastCol, combining < Cell.maxCombining, last >= 0 {
                    self[row, last].appendMark(scalar)
                    combining += 1
                }
                continue
            }
            if column >= end { break }
            if column + width > end {
                if column >= 0 { self[row, column] = Cell(" ", role: role) }
                column += 1
                lastCol = nil
                break
            }
            if column >= 0 {
                clearWide(row: row, col: column)
                if width == 2 { clearWide(row: row, col: column + 1) }
                self[row, column] = Cell(scalar, role: role, width: UInt8(width))
                if width == 2 { self[row, column + 1] = .continuation(role: role) }
                lastCol = column
            } else {
                lastCol = nil
            }
            combining = 0
            column += width
        }
        return max(0, column - col)
    }

    /// Overwriting half of a wide character leaves a space in its other half.
    private mutating func clearWide(row: Int, col: Int) {
        guard contains(row: row, col: col) else { return }
        let cell = self[row, col]
        if cell.width == 2, col + 1 < size.cols {
            self[row, col + 1] = Cell(" ", role: self[row, col + 1].role)
        } else if cell.width == 0, col > 0 {
            self[row, col - 1] = Cell(" ", role: self[row, col - 1].role)
        }
    }

    /// Sets the role of existing cells without changing their text.
    public mutating func paint(_ rect: Rect, role: Role) {
        for row in rect.row..<rect.bottom where row >= 0 && row < size.rows {
            for col in rect.col..<rect.right where col >= 0 && col < size.cols {
                self[row, col].role = role
            }
        }
    }

    /// Row `row` as text, continuation cells skipped, trailing spaces trimmed.
    public func line(_ row: Int) -> String {
        var text = ""
        for col in 0..<size.cols {
            let cell = self[row, col]
            if !cell.isContinuation { text += cell.text }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// All rows as text, one per line.
    public var lines: [String] { (0..<size.rows).map(line) }
}

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
        let rows = max(rect.row, 0)..<max(max(rect.row, 0), min(rect.bottom, size.rows))
        let cols = max(rect.col, 0)..<max(max(rect.col, 0), min(rect.right, size.cols))
        guard !rows.isEmpty, !cols.isEmpty else { return }
        let cell = Cell(text: text, role: role)
        let width = size.cols
        cells.withUnsafeMutableBufferPointer { cells in
            for row in rows {
                for col in cols { cells[row * width + col] = cell }
            }
        }
    }

    /// Writes text from a position, at most `limit` columns and never past the right edge.
    /// Returns the number of columns written. A wide character that does not fit whole is
    /// replaced by a space; a combining mark with nothing before it is dropped.
    ///
    /// Every cell written is on `row` between column 0 and the right edge: the loop checks the
    /// column against `end` (at most the width) and against 0 before each write.
    @discardableResult
    public mutating func write(_ text: String, row: Int, col: Int, role: Role, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return 0 }
        let cols = size.cols
        let end = min(cols, limit.map { col + max(0, $0) } ?? cols)
        let rowStart = row * cols
        var column = col
        cells.withUnsafeMutableBufferPointer { cells in
            var lastCol: Int? = nil
            var combining = 0
            for scalar in text.unicodeScalars {
                let width = TextWidth.of(scalar)
                if width == 0 {
                    if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                    if let last = lastCol, combining < Cell.maxCombining {
                        cells[rowStart + last].appendMark(scalar)
                        combining += 1
                    }
                    continue
                }
                if column >= end { break }
                if column + width > end {
                    if column >= 0 { cells[rowStart + column] = Cell(" ", role: role) }
                    column += 1
                    break
                }
                if column >= 0 {
                    Self.clearWide(cells, rowStart: rowStart, cols: cols, col: column)
                    if width == 2 { Self.clearWide(cells, rowStart: rowStart, cols: cols, col: column + 1) }
                    cells[rowStart + column] = Cell(scalar, role: role, width: UInt8(width))
                    if width == 2 { cells[rowStart + column + 1] = .continuation(role: role) }
                    lastCol = column
                } else {
                    lastCol = nil
                }
                combining = 0
                column += width
            }
        }
        return max(0, column - col)
    }

    /// Overwriting half of a wide character leaves a space in its other half.
    private static func clearWide(_ cells: UnsafeMutableBufferPointer<Cell>, rowStart: Int, cols: Int, col: Int) {
        let cell = cells[rowStart + col]
        guard cell.width != 1 else { return }
        if cell.width == 2, col + 1 < cols {
            cells[rowStart + col + 1] = Cell(" ", role: cells[rowStart + col + 1].role)
        } else if cell.width == 0, col > 0 {
            cells[rowStart + col - 1] = Cell(" ", role: cells[rowStart + col - 1].role)
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

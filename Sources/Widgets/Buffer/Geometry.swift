/// A cell position: row and column, 0-based from the top left.
public struct Position: Equatable, Hashable, Sendable {
    public var row: Int
    public var col: Int
    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var row: Int
    public var col: Int
    public var cols: Int
    public var rows: Int

    public init(row: Int, col: Int, cols: Int, rows: Int) {
        self.row = row
        self.col = col
        self.cols = max(0, cols)
        self.rows = max(0, rows)
    }

    public var isEmpty: Bool { cols == 0 || rows == 0 }
    public var bottom: Int { row + rows }
    public var right: Int { col + cols }

    /// The rectangle shrunk by `by` cells on each side (never negative).
    public func inset(_ by: Int) -> Rect {
        Rect(row: row + by, col: col + by, cols: cols - 2 * by, rows: rows - 2 * by)
    }

    /// A rectangle of at most `cols`x`rows` centred in this one.
    public func centred(cols: Int, rows: Int) -> Rect {
        let width = min(cols, self.cols)
        let height = min(rows, self.rows)
        return Rect(row: row + (self.rows - height) / 2, col: col + (self.cols - width) / 2, cols: width, rows: height)
    }

    /// Splits off `count` rows at the top: (top, rest).
    public func splitTop(_ count: Int) -> (Rect, Rect) {
        let taken = min(max(0, count), rows)
        return (Rect(row: row, col: col, cols: cols, rows: taken),
                Rect(row: row + taken, col: col, cols: cols, rows: rows - taken))
    }

    /// Splits off `count` rows at the bottom: (rest, bottom).
    public func splitBottom(_ count: Int) -> (Rect, Rect) {
        let taken = min(max(0, count), rows)
        return (Rect(row: row, col: col, cols: cols, rows: rows - taken),
                Rect(row: row + rows - taken, col: col, cols: cols, rows: taken))
    }
}

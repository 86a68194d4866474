/// A run of text drawn in one role.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .body) {
        self.text = text
        self.role = role
    }
}

/// One line made of spans; `cursor` marks the column (from the line start) where the cursor goes.
public struct StyledLine: Equatable, Sendable {
    public var spans: [Span]
    public var cursor: Int?

    public init(_ spans: [Span], cursor: Int? = nil) {
        self.spans = spans
        self.cursor = cursor
    }

    public init(_ text: String, _ role: Role = .body) {
        self.init([Span(text, role)])
    }

    public static let blank = StyledLine([])

    public var width: Int { spans.reduce(0) { $0 + TextWidth.of($1.text) } }
}

extension Buffer {
    /// Draws a line clipped to `width` columns; returns where its cursor landed, if it has one.
    @discardableResult
    public mutating func draw(_ line: StyledLine, row: Int, col: Int, width: Int) -> Position? {
        var column = col
        for span in line.spans {
            let left = col + width - column
            if left <= 0 { break }
            column += write(span.text, row: row, col: column, role: span.role, limit: left)
        }
        guard let cursor = line.cursor, cursor < width, contains(row: row, col: col + cursor) else { return nil }
        return Position(row: row, col: col + cursor)
    }
}

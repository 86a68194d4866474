/// A box in the middle of the screen with a title and a message, drawn over what is there.
public struct Dialog: Equatable, Sendable {
    public var title: String
    public var message: String
    public var role: Role

    public init(title: String, message: String, role: Role = .dialog) {
        self.title = title
        self.message = message
        self.role = role
    }

    public func draw(in buffer: inout Buffer, area: Rect) {
        guard area.cols >= 4, area.rows >= 3 else {
            buffer.write(TextLayout.truncate(title, width: area.cols), row: area.row, col: area.col, role: role)
            return
        }
        let width = min(area.cols, max(30, min(60, area.cols - 4)))
        let lines = TextLayout.wrap(message, width: width - 4)
        let height = min(area.rows, lines.count + 4)
        let box = area.centred(cols: width, rows: height)
        buffer.fill(box, role: role)
        BoxBorder.draw(in: &buffer, box, role: .border, title: title)
        for (index, line) in lines.prefix(max(0, box.rows - 4)).enumerated() {
            buffer.write(line, row: box.row + 2 + index, col: box.col + 2, role: role, limit: box.cols - 4)
        }
    }
}

/// Single-line box borders.
public enum BoxBorder {
    public static func draw(in buffer: inout Buffer, _ box: Rect, role: Role, title: String? = nil) {
        guard box.cols >= 2, box.rows >= 2 else { return }
        let horizontal = String(repeating: "─", count: box.cols - 2)
        buffer.write("┌" + horizontal + "┐", row: box.row, col: box.col, role: role)
        buffer.write("└" + horizontal + "┘", row: box.bottom - 1, col: box.col, role: role)
        for row in (box.row + 1)..<(box.bottom - 1) {
            buffer.write("│", row: row, col: box.col, role: role)
            buffer.write("│", row: row, col: box.right - 1, role: role)
        }
        if let title, box.cols > 6 {
            buffer.write(" " + TextLayout.truncate(title, width: box.cols - 6) + " ", row: box.row, col: box.col + 2, role: .title)
        }
    }
}

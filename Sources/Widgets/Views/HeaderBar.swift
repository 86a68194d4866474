/// The top line: where you are on the left, who and when on the right.
public struct HeaderBar: Equatable, Sendable {
    public var place: String
    public var user: String?
    public var clock: String
    public var role: Role

    public init(place: String, user: String?, clock: String, role: Role = .header) {
        self.place = place
        self.user = user
        self.clock = clock
        self.role = role
    }

    public func draw(in buffer: inout Buffer, area: Rect) {
        guard area.rows > 0, area.cols > 0 else { return }
        buffer.fill(Rect(row: area.row, col: area.col, cols: area.cols, rows: 1), role: role)
        var right = clock
        if let user, TextWidth.of(place) + TextWidth.of(user) + TextWidth.of(clock) + 6 <= area.cols {
            right = user + " · " + clock
        }
        let rightWidth = TextWidth.of(right)
        if rightWidth + 2 <= area.cols {
            buffer.write(right, row: area.row, col: area.right - rightWidth - 1, role: role)
        }
        let placeRoom = area.cols - (rightWidth + 2 <= area.cols ? rightWidth + 3 : 1)
        buffer.write(TextLayout.truncate(place, width: placeRoom - 1), row: area.row, col: area.col + 1, role: role,
                     limit: max(0, placeRoom - 1))
    }
}

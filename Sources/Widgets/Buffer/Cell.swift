/// One terminal cell: the text drawn there and its role.
///
/// A cell holds one spacing character and the combining marks that follow it (at most
/// `Cell.maxCombining`, as ncurses keeps). A wide character occupies its cell and the next,
/// which is a `continuation` cell with empty text.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role
    /// 1 for a normal character, 2 for the first half of a wide one, 0 for the second half.
    public var width: UInt8

    public init(text: String = " ", role: Role = .body, width: UInt8 = 1) {
        self.text = text
        self.role = role
        self.width = width
    }

    public static let maxCombining = 4
    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }

    static func continuation(role: Role) -> Cell { Cell(text: "", role: role, width: 0) }
}

/// One terminal cell: the character drawn there and its role.
///
/// A cell holds one spacing character and the combining marks that follow it (at most
/// `Cell.maxCombining`, as ncurses keeps). A wide character occupies its cell and the next,
/// which is a `continuation` cell with no character.
///
/// The character is held as scalars in fixed storage, not as a `String`: a cell is plain data,
/// so a frame's cells are created, compared and freed without reference counting (decision 50).
public struct Cell: Equatable, Sendable {
    /// The spacing character; U+0000 when the cell holds none (a continuation cell).
    public private(set) var base: Unicode.Scalar
    /// The combining marks after `base`, in order.
    public private(set) var marks: CellMarks
    public var role: Role
    /// 1 for a normal character, 2 for the first half of a wide one, 0 for the second half.
    public var width: UInt8

    /// A cell showing `text`: its first scalar, and at most `maxCombining` of the scalars after
    /// it as marks (the rest is dropped). Empty text is a cell with no character.
    public init(text: String = " ", role: Role = .body, width: UInt8 = 1) {
        var scalars = text.unicodeScalars.makeIterator()
        self.base = scalars.next() ?? Cell.none
        self.marks = CellMarks()
        self.role = role
        self.width = width
        while let mark = scalars.next(), marks.append(mark) {}
    }

    /// A cell showing one scalar with no marks.
    public init(_ base: Unicode.Scalar, role: Role = .body, width: UInt8 = 1) {
        self.base = base
        self.marks = CellMarks()
        self.role = role
        self.width = width
    }

    public static let maxCombining = CellMarks.capacity
    public static let blank = Cell()
    static let none: Unicode.Scalar = "\u{0}"

    public var isContinuation: Bool { width == 0 }

    /// False for a cell with no character (a continuation cell, or one made from empty text).
    public var hasCharacter: Bool { base != Cell.none }

    /// The character as text: the base and its marks, empty when the cell holds none.
    public var text: String {
        get {
            guard hasCharacter else { return "" }
            var scalars = String.UnicodeScalarView()
            scalars.append(base)
            for mark in marks { scalars.append(mark) }
            return String(scalars)
        }
        set { self = Cell(text: newValue, role: role, width: width) }
    }

    /// Adds a combining mark after the character; false (and nothing added) when the cell has
    /// no character or already holds `maxCombining` marks.
    @discardableResult
    mutating func appendMark(_ mark: Unicode.Scalar) -> Bool {
        guard hasCharacter else { return false }
        return marks.append(mark)
    }

    static func continuation(role: Role) -> Cell { Cell(Cell.none, role: role, width: 0) }
}

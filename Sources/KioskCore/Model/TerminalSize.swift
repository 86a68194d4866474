/// The terminal's size in character cells.
public struct TerminalSize: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var cols: Int
    public var rows: Int

    public init(cols: Int, rows: Int) {
        self.cols = max(0, cols)
        self.rows = max(0, rows)
    }

    /// The smallest size every screen is designed for.
    public static let minimum = TerminalSize(cols: 40, rows: 12)
    public static let standard = TerminalSize(cols: 80, rows: 24)

    public var isBelowMinimum: Bool { cols < Self.minimum.cols || rows < Self.minimum.rows }
    public var description: String { "\(cols)x\(rows)" }
}

/// A group of lines in a vertical layout that gives way when the screen is short.
///
/// When the lines do not fit, spacers go first, then optional blocks, then lines are cut
/// from the bottom.
public struct LayoutBlock: Equatable, Sendable {
    public var lines: [StyledLine]
    public var isOptional: Bool
    public var isSpacer: Bool

    public init(_ lines: [StyledLine], optional: Bool = false) {
        self.lines = lines
        self.isOptional = optional
        self.isSpacer = false
    }

    public static let spacer: LayoutBlock = {
        var block = LayoutBlock([.blank])
        block.isSpacer = true
        return block
    }()

    /// The lines of the blocks that fit in `height` rows.
    public static func fit(_ blocks: [LayoutBlock], height: Int) -> [StyledLine] {
        var kept = blocks
        func total() -> Int { kept.reduce(0) { $0 + $1.lines.count } }
        if total() > height { kept.removeAll { $0.isSpacer } }
        if total() > height { kept.removeAll { $0.isOptional } }
        return Array(kept.flatMap(\.lines).prefix(max(0, height)))
    }
}

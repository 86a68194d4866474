/// A text laid out on screen: how many lines it has, how many the view shows at once.
///
/// Only the screen can lay text out (it knows the width and the glyphs), so the runtime tells
/// the core after drawing; the core needs it to stop scrolling at the end and page by a page.
public struct PageMeasure: Equatable, Sendable {
    public var lines: Int
    public var height: Int

    public init(lines: Int = 0, height: Int = 0) {
        self.lines = lines
        self.height = height
    }

    /// The largest first line that still fills the view.
    public var maxOffset: Int { max(0, lines - height) }

    /// The first line after a scrolling key (↑↓ a line, PgUp/PgDn or Space a page less one
    /// line, Home, End), not yet clamped; nil for a key that does not scroll.
    public func scrolled(_ offset: Int, by key: Key) -> Int? {
        let page = max(1, height - 1)
        switch key {
        case .up: return offset - 1
        case .down: return offset + 1
        case .pageUp: return offset - page
        case .pageDown, .character(" "): return offset + page
        case .home: return 0
        case .end: return maxOffset
        default: return nil
        }
    }
}

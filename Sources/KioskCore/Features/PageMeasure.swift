/// A text laid out on screen: how many lines it has, how many the view shows at once.
///
/// Only the screen can lay text out (it knows the width and the glyphs), so the runtime tells
/// the core after drawing; the core needs it to stop scrolling at the end and page by a page.
/// A web page also tells where its links and fields stand (to scroll to the one Tab selects)
/// and where the text searched for is.
public struct PageMeasure: Equatable, Sendable {
    public var lines: Int
    public var height: Int
    /// The first line of each link and field, in the order of `Document.targets`.
    public var targets: [Int]
    /// The lines holding the text searched for, top to bottom; nil when nothing is searched
    /// for or the screen has not looked yet.
    public var matches: [Int]?

    public init(lines: Int = 0, height: Int = 0, targets: [Int] = [], matches: [Int]? = nil) {
        self.lines = lines
        self.height = height
        self.targets = targets
        self.matches = matches
    }

    /// A first line past any end: a screen opened or changed "at the end" sets it, and it is
    /// clamped to `maxOffset` as soon as the text is measured.
    public static let toEnd = Int.max / 2

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

    /// The first line that shows `line` in the view, a third of the way down when it was out of
    /// view; `offset` when it is in view already.
    public func showing(_ line: Int, from offset: Int) -> Int {
        if line >= offset && line < offset + max(1, height) { return offset }
        return min(max(0, line - height / 3), maxOffset)
    }
}

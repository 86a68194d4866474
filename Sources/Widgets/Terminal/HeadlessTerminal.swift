import KioskCore

/// A terminal in memory: keeps the last frame and hands out queued events.
///
/// Used by tests and screen scripts; it never blocks.
public final class HeadlessTerminal: Terminal {
    public private(set) var size: TerminalSize
    public private(set) var frame: Frame
    public private(set) var theme: Theme = .builtIn
    /// How many frames were presented.
    public private(set) var presentCount = 0
    private var queue: [InputEvent] = []

    public init(size: TerminalSize = .standard) {
        self.size = size
        self.frame = Frame(buffer: Buffer(size: size))
    }

    public func present(_ frame: Frame, theme: Theme) {
        self.frame = frame
        self.theme = theme
        presentCount += 1
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        queue.isEmpty ? nil : queue.removeFirst()
    }

    /// Queues a key as if typed.
    public func send(_ key: Key) { queue.append(.key(key)) }

    /// Changes the size and queues the resize event the program will see.
    public func resize(to newSize: TerminalSize) {
        size = newSize
        queue.append(.resized(newSize))
    }

    /// The screen text, one string per row, trailing spaces trimmed.
    public var lines: [String] { frame.buffer.lines }
    public var text: String { lines.joined(separator: "\n") }
}

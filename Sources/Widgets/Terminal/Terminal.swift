import KioskCore

/// Something that happened at the terminal.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resized(TerminalSize)
}

/// A frame ready to show: the cells and where the cursor stands (nil hides it).
public struct Frame: Equatable, Sendable {
    public var buffer: Buffer
    public var cursor: Position?

    public init(buffer: Buffer, cursor: Position? = nil) {
        self.buffer = buffer
        self.cursor = cursor
    }
}

/// Where frames are shown and keys come from: the real tty or memory.
public protocol Terminal: AnyObject {
    /// The size now; a change is also reported as `InputEvent.resized`.
    var size: TerminalSize { get }
    /// Shows a frame with the styles of a theme.
    func present(_ frame: Frame, theme: Theme)
    /// Waits for the next event at most `timeoutMilliseconds` (nil: forever); nil on timeout
    /// or when interrupted by a signal.
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent?
}

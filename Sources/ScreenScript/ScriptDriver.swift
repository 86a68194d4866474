import Foundation
import KioskCore
import Widgets

/// The screen as a runner sees it.
public struct ScreenState: Equatable, Sendable {
    /// Rows of text, trailing spaces trimmed.
    public var lines: [String]
    public var cursor: Position?
    /// The frame itself, with roles: in-process only.
    public var frame: Frame?

    public var text: String { lines.joined(separator: "\n") }

    /// The screen as shown in failure messages: numbered rows in a frame.
    public var printed: String {
        let width = max(1, lines.map { $0.count }.max() ?? 1)
        var out = "last screen:\n"
        for (index, line) in lines.enumerated() {
            out += String(format: "%3d", index) + " |" + line + String(repeating: " ", count: max(0, width - line.count)) + "|\n"
        }
        return out
    }
}

/// How statements reach a running kiosk: in memory, or through a pseudo-terminal.
protocol ScriptDriver: AnyObject {
    /// Whether `expect-role`, `advance` and snapshot roles can be checked.
    var isInProcess: Bool { get }
    func press(_ key: Key)
    func type(_ text: String)
    func resize(to size: TerminalSize)
    /// Moves the script clock (in-process only).
    func advance(by seconds: TimeInterval)
    /// Lets real time pass (pty) or moves the clock (in-process).
    func wait(_ seconds: TimeInterval)
    /// The screen once `condition` holds or the timeout passed (pty), or at once (in-process,
    /// where the program has always settled). With no condition: once the screen is quiet.
    func screen(until condition: ((ScreenState) -> Bool)?, timeout: TimeInterval) -> ScreenState
    func stop()
}

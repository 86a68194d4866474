import Foundation
import KioskCore
import Widgets

/// Runs the built `kiosk run` binary under a pseudo-terminal (tmux, `TERM=xterm-256color`),
/// sends keys as a terminal sends them, and reads the screen back from tmux. Expectations
/// poll the screen until they hold or the timeout passes.
final class PtyDriver: ScriptDriver {
    let isInProcess = false
    private let tmux: Tmux
    private let target = "kiosk"
    /// How often the screen is read while waiting.
    private let pollInterval: TimeInterval = 0.02

    init(kiosk: String, arguments: [String], size: TerminalSize, socket: String) throws {
        tmux = Tmux(socket: socket)
        let command = ["env", "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", kiosk, "run"] + arguments
        try tmux.run(["new-session", "-d", "-s", target, "-x", String(size.cols), "-y", String(size.rows)] + command)
        _ = screen(until: { !$0.text.isEmpty }, timeout: 10)
    }

    func press(_ key: Key) {
        if case .character(let character) = key {
            type(String(character))
            return
        }
        _ = try? tmux.run(["send-keys", "-t", target, Self.tmuxName(key)])
        // A lone Escape is told apart from an escape sequence by a pause (ESCDELAY): let the
        // program read it before anything else is sent.
        if key == .escape { _ = screen(until: nil, timeout: 1) }
    }

    func type(_ text: String) {
        _ = try? tmux.run(["send-keys", "-t", target, "-l", text])
    }

    func resize(to size: TerminalSize) {
        _ = try? tmux.run(["resize-window", "-t", target, "-x", String(size.cols), "-y", String(size.rows)])
    }

    func advance(by seconds: TimeInterval) {}

    func wait(_ seconds: TimeInterval) {
        Thread.sleep(forTimeInterval: seconds)
    }

    func screen(until condition: ((ScreenState) -> Bool)?, timeout: TimeInterval) -> ScreenState {
        let deadline = Date().addingTimeInterval(timeout)
        var last = read()
        var quietSince = Date()
        while Date() < deadline {
            if let condition, condition(last) { return last }
            Thread.sleep(forTimeInterval: pollInterval)
            let next = read()
            if next != last {
                last = next
                quietSince = Date()
            } else if condition == nil && Date().timeIntervalSince(quietSince) >= 0.15 {
                // No condition: the screen has not changed for 150 ms, the program is idle.
                return last
            }
        }
        return last
    }

    func stop() {
        _ = try? tmux.run(["kill-server"])
    }

    private func read() -> ScreenState {
        guard let text = try? tmux.run(["capture-pane", "-p", "-t", target]),
              let cursor = try? tmux.run(["display-message", "-p", "-t", target, "#{cursor_y} #{cursor_x} #{cursor_flag}"])
        else { return ScreenState(lines: [], cursor: nil) }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        lines = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        let parts = cursor.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let position = parts.count == 3 && parts[2] == 1 ? Position(row: parts[0], col: parts[1]) : nil
        return ScreenState(lines: lines, cursor: position)
    }

    /// The tmux name of a key; tmux sends the bytes an xterm sends for it.
    static func tmuxName(_ key: Key) -> String {
        switch key {
        case .character(let character): return String(character)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "BTab"
        case .escape: return "Escape"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PPage"
        case .pageDown: return "NPage"
        case .backspace: return "BSpace"
        case .delete: return "DC"
        case .insert: return "IC"
        case .function(let number): return "F\(number)"
        case .control(let letter): return "C-\(letter)"
        }
    }
}

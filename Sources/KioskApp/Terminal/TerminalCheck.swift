import Foundation
import KioskCore
import Widgets

/// `kiosk check-terminal`: opens the real terminal, shows every theme role and a line of wide
/// and combining text, then names each key pressed until F10, SIGHUP or SIGTERM.
///
/// Returns 0 when ended by F10 or a signal, 2 when the terminal cannot be opened (the reason
/// goes to standard error).
enum TerminalCheck {
    static func run() -> Int32 {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            FileHandle.standardError.write(Data("check-terminal: \(error)\n".utf8))
            return 2
        }
        defer { terminal.restore() }
        var theme = TerminalCheckScreen.colourTheme
        var screen = TerminalCheckScreen()
        while true {
            screen.info = info(terminal, theme: theme)
            screen.themeName = theme.name
            terminal.present(screen.frame(size: terminal.size), theme: theme)
            guard let input = terminal.nextInput(timeoutMilliseconds: nil) else {
                if let signal = terminal.stopSignal {
                    terminal.restore()
                    print("check-terminal: stopped by \(signalName(signal))")
                    return 0
                }
                continue
            }
            switch input {
            case .event(.key(.function(10))):
                let summary = info(terminal, theme: theme)
                terminal.restore()
                print("check-terminal: \(summary)")
                return 0
            case .event(.key(.function(2))):
                theme = theme.monochrome ? TerminalCheckScreen.colourTheme : .builtIn
                screen.record("key: \(name(of: .function(2)))")
            case .event(.key(let key)):
                screen.record("key: \(name(of: key))")
            case .event(.resized(let size)):
                screen.record("resized: \(size)")
            case .ignored(let code, let isKeyCode):
                screen.record("key: ignored(\(isKeyCode ? "keycode " : "")0x\(String(code, radix: 16)))")
            }
        }
    }

    /// A key as the check shows it: `up`, `control(c)`, `character(é)`, `function(10)`.
    static func name(of key: Key) -> String {
        switch key {
        case .character(let character): return "character(\(character))"
        case .control(let letter): return "control(\(letter))"
        case .function(let number): return "function(\(number))"
        default: return "\(key)"
        }
    }

    private static func info(_ terminal: NcursesTerminal, theme: Theme) -> String {
        let colours = terminal.colourCount
        let mode = theme.monochrome || colours < 8
            ? (colours < 8 ? "mono (no colour)" : "mono (theme)")
            : "\(colours) colours"
        return "TERM=\(terminal.terminalType) \(terminal.size) \(terminal.codeset) \(mode) pid \(getpid())"
    }

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGHUP: return "SIGHUP"
        case SIGTERM: return "SIGTERM"
        default: return "signal \(signal)"
        }
    }
}

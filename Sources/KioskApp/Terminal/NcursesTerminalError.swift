/// Why the real terminal could not be opened.
enum NcursesTerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case noTerminalType
    case unknownTerminalType(String)
    case cannotAddressCursor(String)
    case signalsNotInstalled

    var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal"
        case .noTerminalType:
            return "TERM is not set; set it to the terminal type (e.g. linux, xterm-256color, vt100)"
        case .unknownTerminalType(let term):
            return "terminal type '\(term)' is unknown or unusable (no terminfo entry); set TERM correctly"
        case .cannotAddressCursor(let term):
            return "terminal type '\(term)' cannot move the cursor, so a full-screen kiosk cannot run on it; use TERM=vt100 or better"
        case .signalsNotInstalled:
            return "could not install the SIGHUP/SIGTERM handlers"
        }
    }
}

import ArgumentParser
import Foundation
import KioskCore

/// Reads a PIN or password: typed twice without echo at a terminal, or one line from a pipe.
///
/// Secrets are never taken as command-line arguments, which other users can read in the
/// process list and which shells keep in their history.
enum SecretInput {
    static func read(_ what: String) throws -> Secret {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else { throw ValidationError("No \(what) on standard input.") }
            return Secret(line)
        }
        let first = try prompt("\(what): ")
        let second = try prompt("\(what) again: ")
        guard first == second else { throw ValidationError("The two \(what)s differ; nothing was changed.") }
        return first
    }

    private static func prompt(_ text: String) throws -> Secret {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw ValidationError("No input.") }
        return Secret(line)
    }
}

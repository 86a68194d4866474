import Foundation
import KioskCore
import Widgets

/// Runs a script's statements against a driver; the same for both runners.
struct ScriptInterpreter {
    let script: Script
    let setup: ScriptSetup
    let driver: ScriptDriver
    let snapshots: SnapshotStore
    var timeout: TimeInterval = 5

    /// Runs every statement after the setup; the first failure stops the script.
    mutating func run() throws(ScriptFailure) -> [String] {
        var notes: [String] = []
        for statement in script.statements {
            if case .timeout(let seconds) = statement.command { timeout = seconds }
        }
        for statement in script.statements.dropFirst(setup.firstAction) {
            if let note = try execute(statement) { notes.append(note) }
        }
        return notes
    }

    private func fail(_ statement: Statement, _ message: String, _ screen: ScreenState) -> ScriptFailure {
        ScriptFailure(script: script.path, line: statement.line, message: message, detail: screen.printed)
    }

    /// Runs one statement; returns a note for the report (a recorded snapshot, a skipped check).
    private func execute(_ statement: Statement) throws(ScriptFailure) -> String? {
        switch statement.command {
        case .size, .clock, .database, .config, .timeout:
            return nil
        case .type(let text):
            driver.type(text)
        case .press(let presses):
            for press in presses {
                for _ in 0..<press.count { driver.press(press.key) }
            }
        case .resize(let size):
            driver.resize(to: size)
        case .advance(let seconds):
            guard driver.isInProcess else {
                throw ScriptFailure(script: script.path, line: statement.line, message: "advance moves the script clock and needs the in-process runner; use wait with --pty")
            }
            driver.advance(by: seconds)
        case .wait(let seconds):
            driver.wait(seconds)
        case .expect(let matcher):
            let screen = driver.screen(until: { matcher.matches($0.text) }, timeout: timeout)
            guard matcher.matches(screen.text) else { throw fail(statement, "expected the screen to contain \(matcher)", screen) }
        case .expectNot(let matcher):
            let screen = driver.screen(until: nil, timeout: timeout)
            guard !matcher.matches(screen.text) else { throw fail(statement, "expected the screen not to contain \(matcher)", screen) }
        case .expectLine(let row, let matcher):
            let holds: (ScreenState) -> Bool = { row < $0.lines.count && matcher.matches($0.lines[row]) }
            let screen = driver.screen(until: holds, timeout: timeout)
            guard holds(screen) else { throw fail(statement, "expected row \(row) to contain \(matcher)", screen) }
        case .expectRole(let role, let text):
            guard driver.isInProcess else { return "line \(statement.line): expect-role checked in-process only" }
            let screen = driver.screen(until: nil, timeout: timeout)
            guard let frame = screen.frame, RoleFinder.contains(frame.buffer, text: text, role: role) else {
                throw fail(statement, "expected \"\(text)\" drawn as \(role)", screen)
            }
        case .expectCursor(let row, let col):
            let want = Position(row: row, col: col)
            let screen = driver.screen(until: { $0.cursor == want }, timeout: timeout)
            guard screen.cursor == want else {
                let where_ = screen.cursor.map { "\($0.row) \($0.col)" } ?? "hidden"
                throw fail(statement, "expected the cursor at \(row) \(col), it is \(where_)", screen)
            }
        case .snapshot(let name):
            return try snapshot(name, statement)
        }
        return nil
    }

    private func snapshot(_ name: String, _ statement: Statement) throws(ScriptFailure) -> String? {
        if driver.isInProcess {
            let screen = driver.screen(until: nil, timeout: timeout)
            guard let frame = screen.frame else { return nil }
            let actual = ScreenSnapshot.text(of: frame)
            switch snapshots.compare(name: name, actual: actual) {
            case .matched: return nil
            case .recorded(let path): return "recorded \(path)"
            case .differs(let diff): throw ScriptFailure(script: script.path, line: statement.line, message: "snapshot \(name) differs", detail: diff)
            }
        }
        // Through the pty, only the screen text can be compared: wait until it matches.
        guard let expected = snapshots.recordedScreen(name: name) else {
            throw ScriptFailure(script: script.path, line: statement.line, message: "snapshot \(name) is not recorded; record it without --pty first")
        }
        let screen = driver.screen(until: { $0.lines == expected }, timeout: timeout)
        guard screen.lines == expected else {
            let diff = UnifiedDiff.diff(expected: expected, actual: screen.lines, expectedName: snapshots.path(name), actualName: "screen (pty)")
            throw ScriptFailure(script: script.path, line: statement.line, message: "snapshot \(name) differs through the pty", detail: diff)
        }
        return nil
    }
}

/// Finds text on screen drawn entirely in one role.
enum RoleFinder {
    static func contains(_ buffer: Buffer, text: String, role roleName: String) -> Bool {
        guard let role = Role(rawValue: roleName), !text.isEmpty else { return false }
        for row in 0..<buffer.size.rows {
            let cells = (0..<buffer.size.cols).map { buffer[row, $0] }.filter { !$0.isContinuation }
            for start in cells.indices {
                var joined = ""
                var index = start
                while index < cells.count && joined.count < text.count && cells[index].role == role {
                    joined += cells[index].text
                    index += 1
                }
                if joined.hasPrefix(text) { return true }
            }
        }
        return false
    }
}

import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore
import Widgets

/// The kiosk's own runtime and store on one database file, drawn into a frame in memory
/// instead of ncurses: what the crash, disk and auth categories drive.
///
/// Every key settles before `press` returns (the runtime runs effects synchronously), so a
/// check of the screen right after a key never waits.
final class FaultKiosk {
    let database: KioskDatabase
    let runtime: Runtime
    let clock: KioskClock

    /// Opens the database at `path` and starts the kiosk on its login screen.
    init(path: String, clock: KioskClock, terminalName: String = "torture", size: TerminalSize = .standard) throws {
        database = try KioskDatabase(path: path)
        self.clock = clock
        runtime = Runtime(settings: KioskSettings(terminalName: terminalName), ports: KioskPorts(database: database),
                          themes: ThemeCatalog(themes: []), clock: clock, size: size)
        runtime.tick()
    }

    /// Closes the database, as the kiosk does when it stops.
    func close() { try? database.close() }

    func press(_ keys: Key...) {
        for key in keys {
            runtime.tick()
            runtime.send(.keyPressed(key))
        }
    }

    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// The rendered frame, one string per row.
    var lines: [String] { runtime.frame().buffer.lines }

    /// The frame with every run of spaces and line breaks made one space, so wrapped text matches.
    var flatText: String { Self.flat(lines.joined(separator: " ")) }

    /// Whether the frame shows `text`, wherever the renderer wrapped it.
    func shows(_ text: String) -> Bool { flatText.contains(Self.flat(text)) }

    /// Throws with the screen when the frame does not show `text`.
    func expect(_ text: String, _ what: String) throws {
        guard shows(text) else { throw FaultKioskMismatch(what: what, expected: text, screen: lines) }
    }

    /// Logs a detainee in from the login screen; throws unless their home screen opens.
    func logIn(number: String, pin: String) throws {
        type(number)
        press(.tab)
        type(pin)
        press(.enter)
        guard runtime.state.session != nil else {
            throw FaultKioskMismatch(what: "log in \(number)", expected: "the home screen", screen: lines)
        }
    }

    /// From the request list: opens a new form to `service`, types `text` into its first field,
    /// and Tabs to the review. Returns the form's idempotency key.
    func writeRequest(service: String, text: String) throws -> String {
        guard case .requests = runtime.state.route else { throw mismatch("the request list") }
        press(.character("n"))
        guard case .servicePicker(let picker) = runtime.state.route,
              let index = picker.catalog.services.firstIndex(where: { $0.id == service }) else {
            throw mismatch("the service picker with \(service)")
        }
        press(.home)
        for _ in 0..<index { press(.down) }
        press(.enter)
        guard case .requestForm(let form) = runtime.state.route, form.service.id == service else {
            throw mismatch("the form of \(service)")
        }
        type(text)
        for _ in form.service.fields.indices { press(.tab) }
        guard case .requestForm(let review) = runtime.state.route, review.isReviewing else { throw mismatch("the review") }
        return review.key
    }

    /// The form on screen, nil when the screen is another.
    var requestForm: RequestFormState? {
        if case .requestForm(let form) = runtime.state.route { return form }
        return nil
    }

    func mismatch(_ expected: String) -> FaultKioskMismatch {
        FaultKioskMismatch(what: "the kiosk", expected: expected, screen: lines)
    }

    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}

/// The screen did not say what a step expected; carries the whole screen for the report.
struct FaultKioskMismatch: Error, CustomStringConvertible {
    var what: String
    var expected: String
    var screen: [String]

    var description: String {
        "\(what): expected \"\(expected)\" on screen, got:\n" + screen.map { "  | " + $0 }.joined(separator: "\n")
    }
}

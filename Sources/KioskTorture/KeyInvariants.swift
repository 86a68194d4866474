import KioskCore
import Widgets

/// What must hold after every step of a keys episode; each check returns what broke, or nil.
enum KeyInvariants {
    /// The frame fits the terminal, the cursor is on it, nobody but staff is on a staff screen,
    /// and a PIN or password typed on screen changes nothing drawn but its length.
    static func violation(state: AppState, frame: Frame) -> String? {
        let size = state.size
        if frame.buffer.size != size || frame.buffer.cells.count != size.cols * size.rows {
            return "buffer \(frame.buffer.size) (\(frame.buffer.cells.count) cells) on a \(size) terminal"
        }
        if let cursor = frame.cursor, !frame.buffer.contains(row: cursor.row, col: cursor.col) {
            return "cursor at row \(cursor.row), column \(cursor.col) outside \(size)"
        }
        if state.session != nil && state.staff != nil { return "a detainee session and a staff session at once" }
        if state.staff == nil, let route = state.stack.first(where: \.isSupervisor) {
            return "staff screen \(routeName(route)) on the stack of \(state.session == nil ? "nobody" : "a detainee")"
        }
        if let other = withOtherSecret(state), ScreenRenderer.render(other) != frame {
            return "the frame changes with the value of the secret typed on \(routeName(state.route))"
        }
        return nil
    }

    /// The same state with the PIN or password on screen replaced by another of the same length;
    /// nil when no secret is on screen.
    static func withOtherSecret(_ state: AppState) -> AppState? {
        var other = state
        switch state.route {
        case .login(var login) where !login.pin.isEmpty:
            login.pin = Secret(different(login.pin.value))
            other.route = .login(login)
        case .staffLogin(var form) where !form.password.isEmpty:
            form.password = Secret(different(form.password.value))
            other.route = .staffLogin(form)
        default:
            return nil
        }
        return other
    }

    /// As many characters as `text`, each one different from the one it replaces.
    static func different(_ text: String) -> String {
        String(text.map { $0 == "0" ? "1" : "0" })
    }

    /// The case name of a route (`login`, `webPage`…).
    static func routeName(_ route: Route) -> String {
        Mirror(reflecting: route).children.first?.label ?? "\(route)"
    }
}

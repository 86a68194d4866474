import Foundation

/// Time passing: the idle warning and logout.
enum SessionFeature {
    static func tick(_ now: Date, state: inout AppState) -> [Effect] {
        state.now = now
        guard let lastActivity = state.lastActivity else { return [] }
        if now.timeIntervalSince(lastActivity) >= state.idleTimeout {
            let effect = state.audit(action: "session.idle-logout")
            logOut(&state, message: .idleLoggedOut)
            return [effect]
        }
        return []
    }

    /// Back to an empty login screen in the terminal's language: nothing of the session stays visible.
    static func logOut(_ state: inout AppState, message: LoginState.Message?) {
        state.session = nil
        state.staff = nil
        state.language = state.settings.defaultLanguage
        state.theme = state.settings.defaultTheme
        state.stack = [.login(LoginState(message: message))]
    }
}

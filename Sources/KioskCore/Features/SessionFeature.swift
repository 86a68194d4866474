import Foundation

/// Time passing: the idle warning and logout.
enum SessionFeature {
    static func tick(_ now: Date, state: inout AppState) {
        state.now = now
        guard let session = state.session else { return }
        if now.timeIntervalSince(session.lastActivity) >= state.settings.idleTimeout {
            logOut(&state, message: .idleLoggedOut)
        }
    }

    /// Back to an empty login screen in the terminal's language: nothing of the session stays visible.
    static func logOut(_ state: inout AppState, message: LoginState.Message?) {
        state.session = nil
        state.language = state.settings.defaultLanguage
        state.theme = state.settings.defaultTheme
        state.stack = [.login(LoginState(message: message))]
    }
}

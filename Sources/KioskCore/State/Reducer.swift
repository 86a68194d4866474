import Foundation

/// The one entry point of the core: applies an action to the state, returns what to do next.
///
/// Pure: no I/O, no clock, no globals. Every feature's rules are reached from here.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .tick(let now):
        SessionFeature.tick(now, state: &state)
        return []

    case .resized(let size):
        state.size = size
        return []

    case .keyPressed(let key):
        return keyPressed(key, state: &state)

    case .loginAccepted(let account):
        guard case .login(let login) = state.route, login.isChecking else { return [] }
        return LoginFeature.accepted(account, login: login, state: &state)

    case .loginRefused(let refusal):
        guard case .login(var login) = state.route, login.isChecking else { return [] }
        LoginFeature.refused(refusal, login: &login)
        state.route = .login(login)
        return []

    case .homeSummaryLoaded(let summary):
        state.session?.summary = summary
        return []

    case .preferencesSaved:
        if case .settings(var settings) = state.route {
            settings.outcome = .saved
            state.route = .settings(settings)
        }
        return []

    case .storeFailed(let failure):
        switch state.route {
        case .login(var login):
            login.isChecking = false
            login.pin = Secret("")
            login.message = .storeFailed(failure)
            state.route = .login(login)
        case .settings(var settings):
            settings.outcome = .failed(failure)
            state.route = .settings(settings)
        default:
            break
        }
        return []

    case .stopRequested:
        state.isStopping = true
        return [.exit]
    }
}

private func keyPressed(_ key: Key, state: inout AppState) -> [Effect] {
    if state.size.isBelowMinimum { return [] }
    if var session = state.session {
        let wasWarned = state.isIdleWarningShown
        session.lastActivity = state.now
        state.session = session
        // The key that dismisses the idle warning does nothing else.
        if wasWarned { return [] }
    }
    switch state.route {
    case .login(var login):
        let effects = LoginFeature.reduce(&login, &state, key: key)
        state.route = .login(login)
        return effects
    case .home(var home):
        return HomeFeature.reduce(&home, &state, key: key)
    case .settings(var settings):
        if key == .escape || key == .backspace {
            state.stack.removeLast()
            return []
        }
        let effects = SettingsFeature.reduce(&settings, &state, key: key)
        state.route = .settings(settings)
        return effects
    case .section:
        if key == .escape || key == .backspace || key == .left {
            state.stack.removeLast()
        }
        return []
    }
}

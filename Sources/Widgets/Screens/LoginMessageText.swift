import KioskCore

/// Why a login form is still on screen, worded for the user: errors start with "!" so they
/// stand out without colour.
enum LoginMessageText {
    static func line(_ message: LoginState.Message, _ state: AppState) -> (String, Role) {
        let catalog = state.catalog
        switch message {
        case .missingFields:
            return ("! " + catalog[.loginMissingFields], .error)
        case .refused(.wrongCredentials):
            return ("! " + catalog[.loginWrongCredentials], .error)
        case .refused(.tooSoon(let until)):
            let time = DateText.time(until, language: state.language, timeZone: state.settings.timeZone)
            return ("! " + catalog.text(.loginTooSoon, ["time": time]), .error)
        case .refused(.locked):
            return ("! " + catalog[.loginLocked], .error)
        case .idleLoggedOut:
            return (catalog[.loginIdleLoggedOut], .warning)
        case .storeFailed(.notWritable):
            return ("! " + catalog[.storeNotWritable], .error)
        case .storeFailed(.unavailable):
            return ("! " + catalog[.storeUnavailable], .error)
        }
    }
}

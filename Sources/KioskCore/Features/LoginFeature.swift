/// Keys and results on the login screen.
enum LoginFeature {
    static func reduce(_ login: inout LoginState, _ state: inout AppState, key: Key) -> [Effect] {
        if login.isChecking { return [] }
        switch key {
        case .tab, .down:
            login.focus = next(after: login.focus, step: 1)
        case .backTab, .up:
            login.focus = next(after: login.focus, step: -1)
        case .function(2):
            chooseLanguage(step: 1, login: &login, state: &state)
        case .function(9):
            state.stack = [.staffLogin(StaffLoginState())]
            return []
        case .left where login.focus == .language:
            chooseLanguage(step: -1, login: &login, state: &state)
        case .right where login.focus == .language, .character(" ") where login.focus == .language:
            chooseLanguage(step: 1, login: &login, state: &state)
        case .character(let character) where character.isASCII && character.isNumber:
            type(character, into: &login)
        case .backspace:
            switch login.focus {
            case .number: if !login.number.isEmpty { login.number.removeLast() }
            case .pin: if !login.pin.isEmpty { login.pin = Secret(String(login.pin.value.dropLast())) }
            case .language: break
            }
        case .enter:
            return submit(&login)
        default:
            break
        }
        return []
    }

    private static func type(_ character: Character, into login: inout LoginState) {
        switch login.focus {
        case .number where login.number.count < LoginState.maxNumberLength:
            login.number.append(character)
        case .pin where login.pin.value.count < LoginState.maxPINLength:
            login.pin = Secret(login.pin.value + String(character))
        default:
            break
        }
    }

    private static func submit(_ login: inout LoginState) -> [Effect] {
        if login.focus == .language {
            login.focus = .number
            return []
        }
        if login.focus == .number && !login.number.isEmpty && login.pin.isEmpty {
            login.focus = .pin
            return []
        }
        guard !login.number.isEmpty, !login.pin.isEmpty else {
            login.message = .missingFields
            login.focus = login.number.isEmpty ? .number : .pin
            return []
        }
        login.isChecking = true
        return [.authenticate(number: login.number, pin: login.pin)]
    }

    private static func chooseLanguage(step: Int, login: inout LoginState, state: inout AppState) {
        let all = Language.allCases
        let index = all.firstIndex(of: state.language) ?? 0
        state.language = all[(index + step + all.count) % all.count]
        login.languageChosen = true
    }

    private static func next(after field: LoginState.Field, step: Int) -> LoginState.Field {
        let all = LoginState.Field.allCases
        let index = all.firstIndex(of: field) ?? 0
        return all[(index + step + all.count) % all.count]
    }

    /// The store accepted the PIN: open the home screen in the user's language.
    static func accepted(_ account: DetaineeAccount, login: LoginState, state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        var account = account
        if login.languageChosen && account.language != state.language {
            account.language = state.language
            effects.append(.savePreferences(detainee: account.id, language: account.language, theme: account.theme))
        }
        state.language = account.language
        if let theme = account.theme, state.settings.themes.contains(theme) {
            state.theme = theme
        }
        state.session = DetaineeSession(account: account, lastActivity: state.now)
        state.stack = [.home(HomeState())]
        effects.insert(state.audit(action: "login.accepted", subject: account.number), at: 0)
        effects.append(.loadHomeSummary(detainee: account.id))
        effects.append(.loadSectionUse(detainee: account.id, day: AccessPolicy.day(of: state.now, timeZone: state.settings.timeZone)))
        return effects
    }

    /// The store refused: say why, clear the PIN, audit the attempt.
    static func refused(_ refusal: LoginRefusal, login: inout LoginState, state: AppState) -> [Effect] {
        let effect = state.audit(action: "login.refused", subject: login.number, detail: refusal.auditText)
        login.isChecking = false
        login.pin = Secret("")
        login.focus = .pin
        login.message = .refused(refusal)
        return [effect]
    }
}

/// Keys and results on the staff login screen (reached with F9 from the login screen).
enum StaffLoginFeature {
    static func reduce(_ form: inout StaffLoginState, _ state: inout AppState, key: Key) -> [Effect] {
        if form.isChecking { return [] }
        switch key {
        case .tab, .down, .backTab, .up:
            form.focus = form.focus == .login ? .password : .login
        case .escape:
            state.stack = [.login(LoginState())]
            return []
        case .backspace:
            if form.focus == .login, !form.login.isEmpty { form.login.removeLast() }
            if form.focus == .password, !form.password.isEmpty { form.password = Secret(String(form.password.value.dropLast())) }
        case .character(let character):
            type(character, into: &form)
        case .enter:
            return submit(&form)
        default:
            break
        }
        return []
    }

    private static func type(_ character: Character, into form: inout StaffLoginState) {
        switch form.focus {
        case .login:
            let allowed = character.isASCII && (character.isLetter || character.isNumber || ".-_".contains(character))
            if allowed && form.login.count < StaffLoginState.maxLoginLength { form.login.append(Character(character.lowercased())) }
        case .password:
            if form.password.value.count < StaffLoginState.maxPasswordLength {
                form.password = Secret(form.password.value + String(character))
            }
        }
    }

    private static func submit(_ form: inout StaffLoginState) -> [Effect] {
        if form.focus == .login && !form.login.isEmpty && form.password.isEmpty {
            form.focus = .password
            return []
        }
        guard !form.login.isEmpty, !form.password.isEmpty else {
            form.message = .missingFields
            return []
        }
        form.isChecking = true
        return [.authenticateStaff(login: form.login, password: form.password)]
    }

    /// The store accepted: open supervisor mode in the staff member's language.
    static func accepted(_ account: StaffAccount, state: inout AppState) -> [Effect] {
        state.language = account.language
        state.staff = StaffSession(account: account, lastActivity: state.now)
        state.stack = [.supervisorHome(SupervisorHomeState())]
        return [state.audit(action: "staff.login.accepted", subject: account.login)]
    }

    static func refused(_ refusal: LoginRefusal, form: inout StaffLoginState, state: AppState) -> [Effect] {
        let login = form.login
        form.isChecking = false
        form.password = Secret("")
        form.focus = .password
        form.message = .refused(refusal)
        return [state.audit(action: "staff.login.refused", subject: login, detail: refusal.auditText)]
    }
}

extension LoginRefusal {
    /// The refusal as the audit log writes it.
    var auditText: String {
        switch self {
        case .wrongCredentials: "wrong credentials"
        case .tooSoon: "too soon after failures"
        case .locked: "account locked"
        }
    }
}

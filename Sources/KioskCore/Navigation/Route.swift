/// One screen on the navigation stack, with the state only that screen needs.
public enum Route: Equatable, Sendable {
    case login(LoginState)
    case home(HomeState)
    case settings(SettingsState)
    /// A section of the home menu; its feature fills it.
    case section(Section)
    case staffLogin(StaffLoginState)
    case supervisorHome(SupervisorHomeState)
    case detaineeList(DetaineeListState)
    case detaineeDetail(DetaineeDetailState)
    case auditLog(AuditLogState)
    case urlCheck(URLCheckState)
    case staffList(StaffListState)

    /// Whether only staff may see this screen.
    public var isSupervisor: Bool {
        switch self {
        case .supervisorHome, .detaineeList, .detaineeDetail, .auditLog, .urlCheck, .staffList: true
        case .login, .home, .settings, .section, .staffLogin: false
        }
    }
}

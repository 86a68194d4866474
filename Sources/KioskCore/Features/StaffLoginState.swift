/// The staff login form: login name and password.
public struct StaffLoginState: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable {
        case login, password
    }

    public static let maxLoginLength = 32
    public static let maxPasswordLength = 64

    public var focus: Field = .login
    public var login = ""
    public var password = Secret("")
    public var message: LoginState.Message?
    public var isChecking = false

    public init(message: LoginState.Message? = nil) {
        self.message = message
    }
}

/// The login form: which field has the focus, what was typed, what went wrong.
public struct LoginState: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable {
        case language, number, pin
    }

    /// A line under the form saying why the user is still here.
    public enum Message: Equatable, Sendable {
        case missingFields
        case refused(LoginRefusal)
        case idleLoggedOut
        case storeFailed(StoreFailure)
    }

    public static let maxNumberLength = 12
    public static let maxPINLength = 8

    public var focus: Field = .number
    public var number = ""
    public var pin = Secret("")
    public var message: Message?
    /// The user changed the language on this screen; it becomes their language at login.
    public var languageChosen = false
    /// Waiting for the store to check the PIN; keys that would submit again are ignored.
    public var isChecking = false

    public init(message: Message? = nil) {
        self.message = message
    }
}

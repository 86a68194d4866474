/// Something the runtime must do for the reducer; plain data, compared in tests.
public enum Effect: Equatable, Sendable {
    case authenticate(number: String, pin: Secret)
    case loadHomeSummary(detainee: AccountID)
    case savePreferences(detainee: AccountID, language: Language, theme: String?)
    /// Leave the program (the service manager restarts it).
    case exit
}

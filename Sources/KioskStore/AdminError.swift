import KioskCore

/// A field of an account that an admin command fills in.
public enum AccountField: String, Equatable, Sendable {
    case number, pin, name, cell, language, login, password, role
}

/// Why an admin command on accounts did not happen, worded for the person typing it.
///
/// Messages name the field and the rule ("PIN must be 4 to 8 digits") and never repeat a PIN
/// or password.
public enum AdminError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value breaks a rule; the message says which.
    case invalid(AccountField, String)
    /// A detainee with this number already exists.
    case duplicateNumber(String)
    /// A member of staff with this login already exists.
    case duplicateLogin(String)
    /// No detainee has this number.
    case detaineeNotFound(String)
    /// No member of staff has this login.
    case staffNotFound(String)
    /// The secret could not be hashed; nothing was written.
    case hashingFailed
    /// The database refused; `StoreError.detail` has SQLite's words.
    case storage(StoreError)

    public var description: String {
        switch self {
        case .invalid(_, let message): message
        case .duplicateNumber(let number): "A detainee with number \(number) already exists"
        case .duplicateLogin(let login): "A staff member with login \(login) already exists"
        case .detaineeNotFound(let number): "No detainee has number \(number)"
        case .staffNotFound(let login): "No staff member has login \(login)"
        case .hashingFailed: "The secret could not be hashed; nothing was saved"
        case .storage(let error): error.description
        }
    }

    /// The field at fault, for invalid values and duplicates.
    public var field: AccountField? {
        switch self {
        case .invalid(let field, _): field
        case .duplicateNumber, .detaineeNotFound: .number
        case .duplicateLogin, .staffNotFound: .login
        case .hashingFailed, .storage: nil
        }
    }
}

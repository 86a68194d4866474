import Foundation
import KioskCore

/// The rules account fields must follow before anything is written.
///
/// Text fields are sanitised first (`TextSanitizer.singleLine`) and trimmed; numbers, PINs
/// and logins are checked as typed, since changing them silently would lock people out.
public enum AccountValidation {
    public static let numberLength = 1...12
    public static let pinLength = 4...8
    public static let loginLength = 2...32
    public static let minimumPasswordLength = 10
    public static let maximumPasswordLength = 1_024
    public static let maximumNameLength = 100
    public static let maximumCellLength = 32

    /// A prison number: 1 to 12 ASCII digits.
    public static func number(_ value: String) throws(AdminError) -> String {
        guard numberLength.contains(value.count), value.allSatisfy(isASCIIDigit) else {
            throw .invalid(.number, "Number must be 1 to 12 digits")
        }
        return value
    }

    /// A detainee PIN: 4 to 8 ASCII digits.
    public static func pin(_ value: Secret) throws(AdminError) -> Secret {
        guard pinLength.contains(value.value.count), value.value.allSatisfy(isASCIIDigit) else {
            throw .invalid(.pin, "PIN must be 4 to 8 digits")
        }
        return value
    }

    /// A staff login: 2 to 32 of lower-case ASCII letters, digits, `.`, `-` and `_`.
    public static func login(_ value: String) throws(AdminError) -> String {
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar)
        }
        guard loginLength.contains(value.count), allowed else {
            throw .invalid(.login, "Login must be 2 to 32 lower-case letters, digits, '.', '-' or '_'")
        }
        return value
    }

    /// A staff password: at least 10 characters (and at most 1024).
    public static func password(_ value: Secret) throws(AdminError) -> Secret {
        guard value.value.count >= minimumPasswordLength else {
            throw .invalid(.password, "Password must be at least 10 characters")
        }
        guard value.value.count <= maximumPasswordLength else {
            throw .invalid(.password, "Password must be at most 1024 characters")
        }
        return value
    }

    /// A person's name: sanitised, trimmed, 1 to 100 characters.
    public static func name(_ value: String) throws(AdminError) -> String {
        let cleaned = clean(value)
        guard !cleaned.isEmpty else { throw .invalid(.name, "Name must not be empty") }
        guard cleaned.count <= maximumNameLength else {
            throw .invalid(.name, "Name must be at most 100 characters")
        }
        return cleaned
    }

    /// A cell label such as "A-101": sanitised, trimmed, at most 32 characters (may be empty).
    public static func cell(_ value: String) throws(AdminError) -> String {
        let cleaned = clean(value)
        guard cleaned.count <= maximumCellLength else {
            throw .invalid(.cell, "Cell must be at most 32 characters")
        }
        return cleaned
    }

    /// A language code as typed on the command line (`fr`, `nl_BE`, …).
    public static func language(_ code: String) throws(AdminError) -> Language {
        guard let language = Language(code: code) else {
            let codes = Language.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(.language, "Language must be one of \(codes)")
        }
        return language
    }

    /// A staff role as typed on the command line.
    public static func role(_ name: String) throws(AdminError) -> StaffRole {
        guard let role = StaffRole(rawValue: name.lowercased()) else {
            let names = StaffRole.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(.role, "Role must be one of \(names)")
        }
        return role
    }

    private static func clean(_ value: String) -> String {
        TextSanitizer.singleLine.clean(value).trimmingCharacters(in: .whitespaces)
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }
}

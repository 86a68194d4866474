import Foundation

/// Database identity of an account row.
public typealias AccountID = Int64

/// A detainee as the kiosk knows them after login.
public struct DetaineeAccount: Equatable, Sendable {
    public var id: AccountID
    /// The prison number the detainee logs in with (digits only).
    public var number: String
    public var name: String
    public var language: Language
    public var cell: String
    /// Theme chosen in settings; nil means the terminal's default theme.
    public var theme: String?
    /// What the detainee may open, and when.
    public var access: AccessProfile

    public init(id: AccountID, number: String, name: String, language: Language, cell: String, theme: String? = nil,
                access: AccessProfile = .unrestricted) {
        self.id = id
        self.number = number
        self.name = name
        self.language = language
        self.cell = cell
        self.theme = theme
        self.access = access
    }
}

/// What a member of staff may do; the supervisor screens check it.
public enum StaffRole: String, CaseIterable, Codable, Sendable {
    /// Wing staff.
    case officer
    /// A department (medical, social, library, …).
    case service
    case admin

    /// Whether the role publishes and withdraws announcements: wing officers and administrators.
    public var managesAnnouncements: Bool { self != .service }

    /// Whether the role sees who follows the courses and assigns them: wing officers and
    /// administrators.
    public var managesCourses: Bool { self != .service }
}

/// A member of staff.
public struct StaffAccount: Equatable, Sendable {
    public var id: AccountID
    public var login: String
    public var name: String
    public var role: StaffRole
    public var language: Language
    /// The departments whose request queues this member of staff works (ids of the service
    /// catalogue), sorted; empty for most officers and administrators.
    public var departments: [String]

    public init(id: AccountID, login: String, name: String, role: StaffRole, language: Language, departments: [String] = []) {
        self.id = id
        self.login = login
        self.name = name
        self.role = role
        self.language = language
        self.departments = departments
    }
}

/// Why a login was refused.
///
/// A wrong PIN and an unknown number give the same refusal. Delays and lockouts are counted per
/// existing account, so repeated tries on one number can still tell that it exists.
public enum LoginRefusal: Equatable, Sendable {
    /// Wrong number or wrong PIN.
    case wrongCredentials
    /// Too many recent failures: the next attempt is accepted from this moment.
    case tooSoon(until: Date)
    /// Locked after too many failures; staff must unlock it.
    case locked
}

/// Result of checking a number and PIN.
public enum LoginOutcome: Equatable, Sendable {
    case accepted(DetaineeAccount)
    case refused(LoginRefusal)
}

/// Result of checking a staff login and password.
public enum StaffLoginOutcome: Equatable, Sendable {
    case accepted(StaffAccount)
    case refused(LoginRefusal)
}

/// A detainee as staff see them in lists: the account and its login state.
public struct DetaineeSummary: Equatable, Sendable {
    public var account: DetaineeAccount
    public var failedAttempts: Int
    public var locked: Bool
    /// The name of the detainee's access profile; nil: every section at any time.
    public var profile: String?

    public init(account: DetaineeAccount, failedAttempts: Int = 0, locked: Bool = false, profile: String? = nil) {
        self.account = account
        self.failedAttempts = failedAttempts
        self.locked = locked
        self.profile = profile
    }
}

/// A member of staff as administrators see them: the account and its login state.
public struct StaffSummary: Equatable, Sendable {
    public var account: StaffAccount
    public var failedAttempts: Int
    public var locked: Bool

    public init(account: StaffAccount, failedAttempts: Int = 0, locked: Bool = false) {
        self.account = account
        self.failedAttempts = failedAttempts
        self.locked = locked
    }
}

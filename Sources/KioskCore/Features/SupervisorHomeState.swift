/// The supervisor menu: what a member of staff may open, by role.
public struct SupervisorHomeState: Equatable, Sendable {
    /// An entry of the supervisor menu.
    public enum Item: CaseIterable, Sendable {
        case detainees
        /// A department's queue of service requests (filled by the requests feature).
        case requests
        /// The audit log (administrators).
        case auditLog
        /// Which site rule allows a URL, or why it is refused (administrators).
        case urlCheck
        /// Staff accounts, to lift a lockout (administrators).
        case staffAccounts
        /// Announcements on the detainees' home screens (officers and administrators).
        case announcements
        /// Site rules of the allowlist (administrators).
        case siteRules
        /// Press feed sources (administrators).
        case feedSources
        /// The courses, who follows them, and assigning one (officers and administrators).
        case courses
        case logout

        public var title: MessageKey {
            switch self {
            case .detainees: .staffMenuDetainees
            case .requests: .staffMenuRequests
            case .auditLog: .staffMenuAuditLog
            case .urlCheck: .staffMenuURLCheck
            case .staffAccounts: .staffMenuStaff
            case .announcements: .staffMenuAnnouncements
            case .siteRules: .staffMenuSiteRules
            case .feedSources: .staffMenuFeedSources
            case .courses: .staffMenuCourses
            case .logout: .menuLogout
            }
        }
    }

    public var selection = 0

    public init(selection: Int = 0) {
        self.selection = selection
    }

    /// The entries a member of staff sees: those of their role, and the request queues for an
    /// officer who works in a department.
    public static func items(for account: StaffAccount) -> [Item] {
        let items = items(for: account.role)
        guard account.role == .officer, !account.departments.isEmpty else { return items }
        return [.detainees, .requests] + items.dropFirst()
    }

    /// The entries a role sees, in order. Wing officers and admins manage detainees and
    /// announcements; a department sees its queue; only admins touch the allowlists.
    public static func items(for role: StaffRole) -> [Item] {
        switch role {
        case .officer: [.detainees, .announcements, .courses, .logout]
        case .service: [.requests, .logout]
        case .admin: [.detainees, .requests, .auditLog, .urlCheck, .staffAccounts, .announcements, .siteRules, .feedSources, .courses,
                      .logout]
        }
    }

    /// The digit that opens the entry at `index`: 1 to 9, then 0 for the tenth, as on the
    /// keyboard's row of digits; nil past the tenth (reached with the arrows).
    public static func shortcut(at index: Int) -> Character? {
        switch index {
        case 0..<9: Character(String(index + 1))
        case 9: "0"
        default: nil
        }
    }

    /// The entry a digit opens (0 is the tenth), or nil for any other character.
    public static func index(ofShortcut character: Character) -> Int? {
        guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
        return digit == 0 ? 9 : digit - 1
    }
}

import Foundation
import GRDB
import KioskCore

/// The SQLite implementation of the core's `AccountStore`, plus staff login.
///
/// Failures are counted in the database under `LoginThrottle`, so restarting the kiosk
/// resets nothing.
public struct AccountRepository: AccountStore {
    public let database: KioskDatabase
    public let hasher: SecretHasher
    public let throttle: LoginThrottle

    public init(database: KioskDatabase, hasher: SecretHasher = SecretHasher(), throttle: LoginThrottle = .standard) {
        self.database = database
        self.hasher = hasher
        self.throttle = throttle
    }

    private var credentials: CredentialCheck {
        CredentialCheck(database: database, hasher: hasher, throttle: throttle)
    }

    // MARK: - AccountStore

    /// Checks a detainee's number and PIN at `now`.
    ///
    /// An unknown or malformed number gets the same refusal as a wrong PIN, after the same work.
    public func authenticateDetainee(number: String, pin: Secret, now: Date) throws(StoreFailure) -> LoginOutcome {
        do {
            switch try credentials.check(pin, now: now, find: { db in
                try DetaineeRecord.find(number: number, in: db)
            }) {
            case .accepted(let record):
                var account = record.account
                account.access = try database.read { db in try AccessProfileRepository.profile(named: record.accessProfile, in: db) }
                return .accepted(account)
            case .refused(let refusal): return .refused(refusal)
            }
        } catch {
            throw error.failure
        }
    }

    /// Stores the language and theme a detainee chose; an unknown id changes nothing.
    public func savePreferences(detainee: AccountID, language: Language, theme: String?) throws(StoreFailure) {
        let theme = theme.map { TextSanitizer(maxLength: 64).clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
        do {
            try database.write { db in
                guard var record = try DetaineeRecord.fetchOne(db, key: detainee) else { return }
                try record.updateChanges(db) {
                    $0.language = language
                    $0.theme = theme
                }
            }
        } catch {
            throw error.failure
        }
    }

    /// The detainee's current announcements (`AnnouncementRepository.current`) and, when there
    /// are any, their unread press articles in the sources their profile allows
    /// (`unread[.press]`) and the staff messages and changes in their requests they have not
    /// opened (`unread[.requests]`). An unknown id gets `.empty`.
    public func homeSummary(detainee: AccountID, now: Date) throws(StoreFailure) -> HomeSummary {
        do {
            guard let account = try self.detainee(id: detainee) else { return .empty }
            let announcements = try AnnouncementRepository(database: database).current(for: account, now: now)
            var summary = HomeSummary(announcements: announcements)
            let unreadPress = try PressRepository(database: database).unreadCount(detainee: detainee)
            if unreadPress > 0 { summary.unread[.press] = unreadPress }
            let unreadRequests = try RequestRepository(database: database).unreadCount(detainee: detainee)
            if unreadRequests > 0 { summary.unread[.requests] = unreadRequests }
            return summary
        } catch {
            throw error.failure
        }
    }

    public func sectionUse(detainee: AccountID, day: String) throws(StoreFailure) -> SectionUsage {
        do { return try SectionUseRepository(database: database).usage(detainee: detainee, day: day) } catch { throw error.failure }
    }

    public func recordSectionUse(detainee: AccountID, section: Section, day: String, seconds: Int) throws(StoreFailure) {
        do {
            try SectionUseRepository(database: database).record(detainee: detainee, section: section, day: day, seconds: seconds)
        } catch {
            throw error.failure
        }
    }

    // MARK: - Staff

    /// Checks a staff login and password at `now`, under the same throttle as detainees; the
    /// account comes with its departments.
    public func authenticateStaff(login: String, password: Secret, now: Date) throws(StoreError) -> StaffLoginOutcome {
        switch try credentials.check(password, now: now, find: { db in
            try StaffRecord.find(login: login, in: db)
        }) {
        case .accepted(let record):
            var account = record.account
            let id = account.id
            account.departments = try database.read { db in try StaffDepartmentRecord.departments(staff: id, in: db) }
            return .accepted(account)
        case .refused(let refusal):
            return .refused(refusal)
        }
    }

    /// The detainee with this id, with preferences as last saved.
    public func detainee(id: AccountID) throws(StoreError) -> DetaineeAccount? {
        try database.read { db in try DetaineeRecord.fetchOne(db, key: id)?.account }
    }
}

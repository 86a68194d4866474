import Foundation
import GRDB
import KioskCore

/// What the `kiosk admin` commands do to accounts: create, list, find, reset PINs, unlock.
///
/// Every value is validated (`AccountValidation`) before anything is written; failures are
/// `AdminError`s with a message for the person at the keyboard.
public struct AccountAdmin: Sendable {
    public let database: KioskDatabase
    public let hasher: SecretHasher

    public init(database: KioskDatabase, hasher: SecretHasher = SecretHasher()) {
        self.database = database
        self.hasher = hasher
    }

    // MARK: - Detainees

    /// Creates a detainee; the PIN is stored only as a salted hash.
    @discardableResult
    public func createDetainee(
        number: String, pin: Secret, name: String, cell: String, language: Language, now: Date = Date()
    ) throws(AdminError) -> DetaineeAccount {
        let number = try AccountValidation.number(number)
        let pin = try AccountValidation.pin(pin)
        let name = try AccountValidation.name(name)
        let cell = try AccountValidation.cell(cell)
        let pinHash = try hash(pin)
        var record = DetaineeRecord(
            id: nil, number: number, name: name, language: language, cell: cell, theme: nil,
            pinHash: pinHash, failedAttempts: 0, lastFailedAt: nil, locked: false, createdAt: now)
        return try write(duplicate: .duplicateNumber(number)) { db in
            guard try DetaineeRecord.find(number: number, in: db) == nil else { return nil }
            try record.insert(db)
            return record.account
        }
    }

    /// Replaces a detainee's PIN, clears their failures and unlocks them.
    public func setDetaineePIN(number: String, pin: Secret) throws(AdminError) {
        let pin = try AccountValidation.pin(pin)
        let pinHash = try hash(pin)
        try updateDetainee(number: number) { record in
            record.pinHash = pinHash
            record.clearFailures()
        }
    }

    /// Locks a detainee's account: no login until staff unlock it.
    public func lockDetainee(number: String) throws(AdminError) {
        try updateDetainee(number: number) { record in record.locked = true }
    }

    /// Changes a detainee's language.
    public func setDetaineeLanguage(number: String, language: Language) throws(AdminError) {
        try updateDetainee(number: number) { record in record.language = language }
    }

    /// Unlocks a detainee and clears their failures; the PIN is unchanged.
    public func unlockDetainee(number: String) throws(AdminError) {
        try updateDetainee(number: number) { record in
            record.clearFailures()
        }
    }

    /// The detainee with this number, with their login state; nil if there is none.
    public func findDetainee(number: String) throws(AdminError) -> DetaineeEntry? {
        try read { db in try DetaineeRecord.find(number: number, in: db)?.entry }
    }

    /// All detainees, ordered by number.
    public func listDetainees() throws(AdminError) -> [DetaineeEntry] {
        try read { db in
            try DetaineeRecord.order(DetaineeRecord.Columns.number).fetchAll(db).map(\.entry)
        }
    }

    // MARK: - Staff

    /// Creates a member of staff; the password is stored only as a salted hash.
    @discardableResult
    public func createStaff(
        login: String, password: Secret, name: String, role: StaffRole, language: Language, now: Date = Date()
    ) throws(AdminError) -> StaffAccount {
        let login = try AccountValidation.login(login)
        let password = try AccountValidation.password(password)
        let name = try AccountValidation.name(name)
        let passwordHash = try hash(password)
        var record = StaffRecord(
            id: nil, login: login, name: name, role: role, language: language, passwordHash: passwordHash,
            failedAttempts: 0, lastFailedAt: nil, locked: false, createdAt: now)
        return try write(duplicate: .duplicateLogin(login)) { db in
            guard try StaffRecord.find(login: login, in: db) == nil else { return nil }
            try record.insert(db)
            return record.account
        }
    }

    /// Replaces a staff password, clears failures and unlocks the account.
    public func setStaffPassword(login: String, password: Secret) throws(AdminError) {
        let password = try AccountValidation.password(password)
        let passwordHash = try hash(password)
        try updateStaff(login: login) { record in
            record.passwordHash = passwordHash
            record.clearFailures()
        }
    }

    /// Unlocks a member of staff and clears their failures.
    public func unlockStaff(login: String) throws(AdminError) {
        try updateStaff(login: login) { record in
            record.clearFailures()
        }
    }

    /// The member of staff with this login, with their login state and departments; nil if
    /// there is none.
    public func findStaff(login: String) throws(AdminError) -> StaffEntry? {
        try read { db in
            guard var entry = try StaffRecord.find(login: login, in: db)?.entry else { return nil }
            entry.account.departments = try StaffDepartmentRecord.departments(staff: entry.account.id, in: db)
            return entry
        }
    }

    /// All staff with their departments, ordered by login.
    public func listStaff() throws(AdminError) -> [StaffEntry] {
        try read { db in
            let departments = try StaffDepartmentRecord.departmentsByStaff(in: db)
            return try StaffRecord.order(StaffRecord.Columns.login).fetchAll(db).map { record in
                var entry = record.entry
                entry.account.departments = departments[entry.account.id] ?? []
                return entry
            }
        }
    }

    // MARK: - Helpers

    private func hash(_ secret: Secret) throws(AdminError) -> String {
        do { return try hasher.hash(secret) } catch { throw .hashingFailed }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(AdminError) -> T {
        do { return try database.read(body) } catch { throw .storage(error) }
    }

    /// Writes; `body` returns nil when the row already exists, which throws `duplicate`.
    private func write<T>(duplicate: AdminError, _ body: (Database) throws -> T?) throws(AdminError) -> T {
        let result: T?
        do {
            result = try database.write(body)
        } catch where error.isUniqueConstraint {
            throw duplicate  // a concurrent insert won the race
        } catch {
            throw .storage(error)
        }
        guard let result else { throw duplicate }
        return result
    }

    private func updateDetainee(number: String, _ change: (inout DetaineeRecord) -> Void) throws(AdminError) {
        let found: Bool
        do {
            found = try database.write { db in
                guard var record = try DetaineeRecord.find(number: number, in: db) else { return false }
                try record.updateChanges(db, modify: change)
                return true
            }
        } catch {
            throw .storage(error)
        }
        guard found else { throw .detaineeNotFound(number) }
    }

    private func updateStaff(login: String, _ change: (inout StaffRecord) -> Void) throws(AdminError) {
        let found: Bool
        do {
            found = try database.write { db in
                guard var record = try StaffRecord.find(login: login, in: db) else { return false }
                try record.updateChanges(db, modify: change)
                return true
            }
        } catch {
            throw .storage(error)
        }
        guard found else { throw .staffNotFound(login) }
    }
}

import Foundation
import GRDB
import KioskCore

/// One row of the `staff` table.
struct StaffRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord, CredentialRecord {
    static let databaseTableName = KioskSchema.staff

    var id: Int64?
    var login: String
    var name: String
    var role: StaffRole
    var language: Language
    var passwordHash: String
    var failedAttempts: Int
    var lastFailedAt: Date?
    var locked: Bool
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, login, name, role, language
        case passwordHash = "password_hash"
        case failedAttempts = "failed_attempts"
        case lastFailedAt = "last_failed_at"
        case locked
        case createdAt = "created_at"
    }

    enum Columns {
        static let login = Column(CodingKeys.login)
    }

    var secretHash: String {
        get { passwordHash }
        set { passwordHash = newValue }
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The account as the core knows it.
    var account: StaffAccount {
        StaffAccount(id: id ?? 0, login: login, name: name, role: role, language: language)
    }

    /// The account with its login counters, for admin listings.
    var entry: StaffEntry {
        StaffEntry(account: account, failedAttempts: failedAttempts, locked: locked, createdAt: createdAt)
    }

    static func find(login: String, in db: Database) throws -> StaffRecord? {
        try StaffRecord.filter(Columns.login == login).fetchOne(db)
    }
}

/// A member of staff as an admin listing shows them: the account and its login state.
public struct StaffEntry: Equatable, Sendable {
    public var account: StaffAccount
    public var failedAttempts: Int
    public var locked: Bool
    public var createdAt: Date

    public init(account: StaffAccount, failedAttempts: Int, locked: Bool, createdAt: Date) {
        self.account = account
        self.failedAttempts = failedAttempts
        self.locked = locked
        self.createdAt = createdAt
    }
}

import Foundation
import GRDB
import KioskCore

/// One row of the `detainee` table.
struct DetaineeRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord, CredentialRecord {
    static let databaseTableName = KioskSchema.detainee

    var id: Int64?
    var number: String
    var name: String
    var language: Language
    var cell: String
    var theme: String?
    var pinHash: String
    var failedAttempts: Int
    var lastFailedAt: Date?
    var locked: Bool
    var createdAt: Date
    /// The name of the detainee's access profile; nil: every section at any time.
    var accessProfile: String?

    enum CodingKeys: String, CodingKey {
        case id, number, name, language, cell, theme
        case accessProfile = "access_profile"
        case pinHash = "pin_hash"
        case failedAttempts = "failed_attempts"
        case lastFailedAt = "last_failed_at"
        case locked
        case createdAt = "created_at"
    }

    enum Columns {
        static let number = Column(CodingKeys.number)
    }

    var secretHash: String {
        get { pinHash }
        set { pinHash = newValue }
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The account as the core knows it.
    var account: DetaineeAccount {
        DetaineeAccount(id: id ?? 0, number: number, name: name, language: language, cell: cell, theme: theme)
    }

    /// The account with its login counters, for admin listings.
    var entry: DetaineeEntry {
        DetaineeEntry(account: account, failedAttempts: failedAttempts, locked: locked, createdAt: createdAt)
    }

    static func find(number: String, in db: Database) throws -> DetaineeRecord? {
        try DetaineeRecord.filter(Columns.number == number).fetchOne(db)
    }
}

/// A detainee as an admin listing shows them: the account and its login state.
public struct DetaineeEntry: Equatable, Sendable {
    public var account: DetaineeAccount
    public var failedAttempts: Int
    public var locked: Bool
    public var createdAt: Date

    public init(account: DetaineeAccount, failedAttempts: Int, locked: Bool, createdAt: Date) {
        self.account = account
        self.failedAttempts = failedAttempts
        self.locked = locked
        self.createdAt = createdAt
    }
}

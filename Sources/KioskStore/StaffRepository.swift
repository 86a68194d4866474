import Foundation
import GRDB
import KioskCore

/// The SQLite implementation of the core's `StaffStore`: staff login and detainee accounts.
public struct StaffRepository: StaffStore {
    public let database: KioskDatabase
    private let accounts: AccountRepository
    private let admin: AccountAdmin

    public init(database: KioskDatabase, hasher: SecretHasher = SecretHasher(), throttle: LoginThrottle = .standard) {
        self.database = database
        accounts = AccountRepository(database: database, hasher: hasher, throttle: throttle)
        admin = AccountAdmin(database: database, hasher: hasher)
    }

    public func authenticateStaff(login: String, password: Secret, now: Date) throws(StoreFailure) -> StaffLoginOutcome {
        do { return try accounts.authenticateStaff(login: login, password: password, now: now) } catch { throw error.failure }
    }

    public func detainees(matching query: String) throws(StoreFailure) -> [DetaineeSummary] {
        let pattern = "%" + query.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        do {
            return try database.read { db in
                try DetaineeRecord
                    .filter(sql: "number LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR cell LIKE ? ESCAPE '\\'",
                            arguments: [pattern, pattern, pattern])
                    .order(DetaineeRecord.Columns.number)
                    .fetchAll(db)
                    .map(\.summary)
            }
        } catch {
            throw error.failure
        }
    }

    public func setLocked(_ locked: Bool, detainee number: String) throws(StoreFailure) -> DetaineeSummary {
        try change(number) { admin throws(AdminError) in
            if locked { try admin.lockDetainee(number: number) } else { try admin.unlockDetainee(number: number) }
        }
    }

    public func resetPIN(detainee number: String) throws(StoreFailure) -> Secret {
        let pin = Self.randomPIN()
        _ = try change(number) { admin throws(AdminError) in try admin.setDetaineePIN(number: number, pin: pin) }
        return pin
    }

    public func setLanguage(_ language: Language, detainee number: String) throws(StoreFailure) -> DetaineeSummary {
        try change(number) { admin throws(AdminError) in try admin.setDetaineeLanguage(number: number, language: language) }
    }

    /// Six random digits from the system's generator.
    static func randomPIN() -> Secret {
        var generator = SystemRandomNumberGenerator()
        return Secret((0..<6).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined())
    }

    private func change(_ number: String, _ body: (AccountAdmin) throws(AdminError) -> Void) throws(StoreFailure) -> DetaineeSummary {
        do {
            try body(admin)
            guard let entry = try admin.findDetainee(number: number) else { throw StoreFailure.unavailable }
            return DetaineeSummary(account: entry.account, failedAttempts: entry.failedAttempts, locked: entry.locked)
        } catch let error as AdminError {
            if case .storage(let storeError) = error { throw storeError.failure }
            throw .unavailable
        } catch {
            throw .unavailable
        }
    }
}

extension DetaineeRecord {
    var summary: DetaineeSummary {
        DetaineeSummary(account: account, failedAttempts: failedAttempts, locked: locked)
    }
}

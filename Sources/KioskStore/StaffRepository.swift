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

    public func auditEvents(containing text: String, limit: Int) throws(StoreFailure) -> [AuditEvent] {
        let filter = AuditFilter(text: text.isEmpty ? nil : text, limit: limit)
        do { return try AuditRepository(database: database).events(matching: filter) } catch { throw error.failure }
    }

    public func checkURL(_ url: String, audit event: AuditEvent) throws(StoreFailure) -> URLDecision {
        do {
            return try AllowlistRepository(database: database).checkURL(url, by: event.actor, terminal: event.terminal, now: event.at)
        } catch {
            if case .storage(let storeError) = error { throw storeError.failure }
            throw .unavailable
        }
    }

    public func staffAccounts() throws(StoreFailure) -> [StaffSummary] {
        do { return try admin.listStaff().map(\.summary) } catch { throw Self.failure(error) }
    }

    public func unlockStaff(login: String) throws(StoreFailure) -> StaffSummary {
        do throws(AdminError) {
            try admin.unlockStaff(login: login)
            guard let entry = try admin.findStaff(login: login) else { throw .staffNotFound(login) }
            return entry.summary
        } catch {
            throw Self.failure(error)
        }
    }

    private static func failure(_ error: AdminError) -> StoreFailure {
        if case .storage(let storeError) = error { return storeError.failure }
        return .unavailable
    }

    public func accessProfileNames() throws(StoreFailure) -> [String] {
        do { return try AccessProfileRepository(database: database).profiles().map(\.name) } catch { throw Self.failure(error) }
    }

    public func setAccessProfile(_ name: String?, detainee number: String, audit event: AuditEvent) throws(StoreFailure) -> DetaineeSummary {
        do {
            try AccessProfileRepository(database: database)
                .assign(name, toDetainee: number, by: event.actor, terminal: event.terminal, now: event.at)
        } catch {
            throw Self.failure(error)
        }
        return try change(number) { _ throws(AdminError) in }
    }

    private static func failure(_ error: AccessProfileError) -> StoreFailure {
        if case .storage(let storeError) = error { return storeError.failure }
        return .unavailable
    }

    /// Six random digits from the system's generator.
    static func randomPIN() -> Secret {
        var generator = SystemRandomNumberGenerator()
        return Secret((0..<6).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined())
    }

    private func change(_ number: String, _ body: (AccountAdmin) throws(AdminError) -> Void) throws(StoreFailure) -> DetaineeSummary {
        do {
            try body(admin)
            let record = try database.read { db in try DetaineeRecord.find(number: number, in: db) }
            guard let record else { throw StoreFailure.unavailable }
            return record.summary
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
        DetaineeSummary(account: account, failedAttempts: failedAttempts, locked: locked, profile: accessProfile)
    }
}

extension StaffEntry {
    var summary: StaffSummary { StaffSummary(account: account, failedAttempts: failedAttempts, locked: locked) }
}

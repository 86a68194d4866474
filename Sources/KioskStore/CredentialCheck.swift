import Foundation
import GRDB
import KioskCore

/// A row that carries a secret hash and the login counters the throttle reads.
protocol CredentialRecord: FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get }
    var secretHash: String { get set }
    var failedAttempts: Int { get set }
    var lastFailedAt: Date? { get set }
    var locked: Bool { get set }
}

extension CredentialRecord {
    /// Forgets failed attempts and lifts a lock.
    mutating func clearFailures() {
        failedAttempts = 0
        lastFailedAt = nil
        locked = false
    }
}

/// Checks a secret against one account under the login throttle, counting in the database.
///
/// Locked: refused without checking. Waiting: refused without checking and without counting.
/// Otherwise the KDF runs (outside any transaction, so other terminals are not held up), then
/// one write transaction re-reads the row, counts the failure (locking at the threshold) or
/// resets the counters. An unknown account costs one KDF run and gets `.wrongCredentials`.
struct CredentialCheck: Sendable {
    enum Outcome<Record> {
        case accepted(Record)
        case refused(LoginRefusal)
    }

    let database: KioskDatabase
    let hasher: SecretHasher
    let throttle: LoginThrottle

    func check<Record: CredentialRecord>(
        _ secret: Secret,
        now: Date,
        find: (Database) throws -> Record?
    ) throws(StoreError) -> Outcome<Record> {
        guard let record = try database.read(find), let id = record.id else {
            hasher.spendOneRun(secret)
            return .refused(.wrongCredentials)
        }
        switch throttle.decide(
            failures: record.failedAttempts, lastFailure: record.lastFailedAt, locked: record.locked, now: now)
        {
        case .locked:
            return .refused(.locked)
        case .wait(let until):
            return .refused(.tooSoon(until: until))
        case .open:
            break
        }
        let matches = hasher.verify(secret, against: record.secretHash)
        let upgradedHash = matches && hasher.needsRehash(record.secretHash) ? try? hasher.hash(secret) : nil
        if matches && upgradedHash == nil && record.failedAttempts == 0 && record.lastFailedAt == nil {
            // Nothing to write: a read-only or full disk must not stop a correct login.
            return try database.read { db -> Outcome<Record> in
                guard let fresh = try Record.fetchOne(db, key: id) else { return .refused(.wrongCredentials) }
                return fresh.locked ? .refused(.locked) : .accepted(fresh)
            }
        }
        return try database.write { db -> Outcome<Record> in
            guard var fresh = try Record.fetchOne(db, key: id) else { return .refused(.wrongCredentials) }
            return matches
                ? try accept(&fresh, upgradedHash: upgradedHash, in: db)
                : try countFailure(&fresh, now: now, in: db)
        }
    }

    private func accept<Record: CredentialRecord>(
        _ record: inout Record, upgradedHash: String?, in db: Database
    ) throws -> Outcome<Record> {
        // Another terminal may have locked the account while the KDF ran.
        if record.locked { return .refused(.locked) }
        let original = record
        record.failedAttempts = 0
        record.lastFailedAt = nil
        if let upgradedHash { record.secretHash = upgradedHash }
        try record.updateChanges(db, from: original)
        return .accepted(record)
    }

    private func countFailure<Record: CredentialRecord>(
        _ record: inout Record, now: Date, in db: Database
    ) throws -> Outcome<Record> {
        record.failedAttempts += 1
        record.lastFailedAt = now
        if throttle.locks(afterFailures: record.failedAttempts) { record.locked = true }
        try record.update(db)
        return .refused(record.locked ? .locked : .wrongCredentials)
    }
}

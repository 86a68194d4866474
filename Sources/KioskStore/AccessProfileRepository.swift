import Foundation
import GRDB
import KioskCore

/// Why an access-profile change was refused, worded for the person who asked.
public enum AccessProfileError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidName
    case unknownProfile(String)
    case unknownDetainee(String)
    case storage(StoreError)

    public var description: String {
        switch self {
        case .invalidName: "A profile name is 1 to 32 lower-case letters, digits or -"
        case .unknownProfile(let name): "No access profile is named \(name)"
        case .unknownDetainee(let number): "No detainee has number \(number)"
        case .storage(let error): error.description
        }
    }
}

/// Named access profiles and which detainee has which; every change is audited with it.
public struct AccessProfileRepository: Sendable {
    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    /// Creates or replaces a profile (detainees who have it get the new rules at their next login).
    public func save(_ profile: AccessProfile, by actor: String, terminal: String = "admin-cli", now: Date = Date()) throws(AccessProfileError) {
        guard Self.isValid(profile.name) else { throw .invalidName }
        try write { db in
            let record = AccessProfileRecord(profile, by: actor, now: now)
            try record.upsert(db)
            try AuditRepository.append(AuditEvent(at: now, actor: actor, terminal: terminal, action: "access-profile.saved",
                                                  subject: profile.name, detail: Self.summary(record)), in: db)
        }
    }

    /// Every profile, by name.
    public func profiles() throws(AccessProfileError) -> [AccessProfile] {
        do {
            return try database.read { db in try AccessProfileRecord.order(Column("name")).fetchAll(db).map(\.profile) }
        } catch {
            throw .storage(error)
        }
    }

    /// Gives a detainee a profile, or none (`nil`: every section at any time).
    public func assign(_ name: String?, toDetainee number: String, by actor: String, terminal: String = "admin-cli",
                       now: Date = Date()) throws(AccessProfileError) {
        try write { db in
            if let name, try AccessProfileRecord.fetchOne(db, key: name) == nil { throw AccessProfileError.unknownProfile(name) }
            try db.execute(sql: "UPDATE detainee SET access_profile = ? WHERE number = ?", arguments: [name, number])
            guard db.changesCount == 1 else { throw AccessProfileError.unknownDetainee(number) }
            try AuditRepository.append(AuditEvent(at: now, actor: actor, terminal: terminal, action: "access-profile.assigned",
                                                  subject: number, detail: name ?? "none"), in: db)
        }
    }

    /// The profile a detainee row names, or `.unrestricted`.
    static func profile(named name: String?, in db: Database) throws -> AccessProfile {
        guard let name, let record = try AccessProfileRecord.fetchOne(db, key: name) else { return .unrestricted }
        return record.profile
    }

    static func isValid(_ name: String) -> Bool {
        (1...32).contains(name.count) && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    static func summary(_ record: AccessProfileRecord) -> String {
        "sections=\(record.sections) hours=\(record.hours ?? "any") minutes=\(record.dailyMinutes)"
    }

    private func write(_ body: @escaping (Database) throws -> Void) throws(AccessProfileError) {
        do {
            try database.commit { db in try body(db) }
        } catch let error as AccessProfileError {
            throw error
        } catch {
            throw .storage(StoreError.classify(error, writing: true))
        }
    }
}

import Foundation
import GRDB
import KioskCore

/// Time spent in sections, per detainee and local day: what daily quotas are counted against.
public struct SectionUseRepository: Sendable {
    /// Most seconds one record may add: a day. More is a clock gone wrong, not use.
    public static let maximumSeconds = 86_400

    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    /// Adds `seconds` to a detainee's time in `section` on `day`, committed before it returns.
    public func record(detainee: AccountID, section: Section, day: String, seconds: Int) throws(StoreError) {
        guard seconds > 0 else { return }
        let seconds = min(seconds, Self.maximumSeconds)
        try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO \(SectionUseSchema.table) (detainee_id, day, section, seconds) VALUES (?, ?, ?, ?)
                    ON CONFLICT (detainee_id, day, section) DO UPDATE SET seconds = MIN(seconds + excluded.seconds, ?)
                    """,
                arguments: [detainee, day, section.rawValue, seconds, Self.maximumSeconds])
        }
    }

    /// A detainee's recorded seconds per section on `day`.
    public func usage(detainee: AccountID, day: String) throws(StoreError) -> SectionUsage {
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT section, seconds FROM \(SectionUseSchema.table) WHERE detainee_id = ? AND day = ?",
                             arguments: [detainee, day])
        }
        var usage = SectionUsage(day: day)
        for row in rows {
            guard let name: String = row["section"], let section = Section(rawValue: name) else { continue }
            usage.seconds[section] = row["seconds"]
        }
        return usage
    }
}

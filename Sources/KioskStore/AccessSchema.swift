import GRDB

/// v5: named access profiles, and the profile of each detainee.
enum AccessSchema {
    static let table = "access_profile"

    static func migrate(_ db: Database) throws {
        try db.create(table: table) { t in
            t.column("name", .text).primaryKey()
            t.column("sections", .text).notNull()
            t.column("hours", .text)
            t.column("daily_minutes", .text).notNull().defaults(to: "")
            t.column("job_categories", .text)
            t.column("press_sources", .text)
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .text).notNull()
        }
        try db.alter(table: KioskSchema.detainee) { t in
            t.add(column: "access_profile", .text).references(table, onDelete: .restrict, onUpdate: .cascade)
        }
    }
}

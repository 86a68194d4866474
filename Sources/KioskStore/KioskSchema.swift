import GRDB

/// The versioned migrations that build the kiosk's schema.
///
/// Migrations are append-only: a released one is never edited, a change is a new one.
enum KioskSchema {
    static let detainee = "detainee"
    static let staff = "staff"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createDetaineeTable(db)
            try createStaffTable(db)
        }
        migrator.registerMigration("v2-audit", migrate: AuditSchema.migrate)
        migrator.registerMigration("v3-allowlists", migrate: AllowlistSchema.migrate)
        migrator.registerMigration("v4-announcements", migrate: AnnouncementSchema.migrate)
        migrator.registerMigration("v5-access-profiles", migrate: AccessSchema.migrate)
        migrator.registerMigration("v6-section-use", migrate: SectionUseSchema.migrate)
        migrator.registerMigration("v7-press", migrate: PressSchema.migrate)
        migrator.registerMigration("v8-courses", migrate: CourseSchema.migrate)
        migrator.registerMigration("v9-requests", migrate: RequestSchema.migrate)
        migrator.registerMigration("v10-bookmarks", migrate: BookmarkSchema.migrate)
        migrator.registerMigration("v11-search-indexes", migrate: SearchIndexSchema.migrate)
        return migrator
    }

    /// v1: detainees, who log in with their prison number and a PIN.
    private static func createDetaineeTable(_ db: Database) throws {
        try db.create(table: detainee) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("number", .text).notNull().unique()
            t.column("name", .text).notNull()
            t.column("language", .text).notNull()
            t.column("cell", .text).notNull()
            t.column("theme", .text)
            t.column("pin_hash", .text).notNull()
            t.column("failed_attempts", .integer).notNull().defaults(to: 0)
                .check { $0 >= 0 }
            t.column("last_failed_at", .datetime)
            t.column("locked", .boolean).notNull().defaults(to: false)
            t.column("created_at", .datetime).notNull()
        }
    }

    /// v1: staff, who log in with a login name and a password.
    private static func createStaffTable(_ db: Database) throws {
        try db.create(table: staff) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("login", .text).notNull().unique()
            t.column("name", .text).notNull()
            t.column("role", .text).notNull()
            t.column("language", .text).notNull()
            t.column("password_hash", .text).notNull()
            t.column("failed_attempts", .integer).notNull().defaults(to: 0)
                .check { $0 >= 0 }
            t.column("last_failed_at", .datetime)
            t.column("locked", .boolean).notNull().defaults(to: false)
            t.column("created_at", .datetime).notNull()
        }
    }
}

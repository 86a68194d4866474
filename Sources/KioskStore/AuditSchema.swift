import GRDB

/// v2: the append-only audit log.
///
/// The database itself refuses to change history: triggers abort every UPDATE and DELETE, and
/// an INSERT that would replace an existing row (`INSERT OR REPLACE`, whose implicit delete
/// fires no delete trigger). Someone with write access to the file can still drop the triggers;
/// they stop mistakes and SQL reached through the program, not the owner of the disk.
enum AuditSchema {
    static let table = "audit_event"
    /// The message of every refused change, as SQLite reports it.
    static let appendOnlyMessage = "the audit log is append-only"

    static func migrate(_ db: Database) throws {
        try db.create(table: table) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            t.column("actor", .text).notNull()
            t.column("terminal", .text).notNull()
            t.column("action", .text).notNull()
            t.column("subject", .text).notNull()
            t.column("detail", .text).notNull()
        }
        try db.create(index: "audit_event_on_at", on: table, columns: ["at"])
        try db.create(index: "audit_event_on_action", on: table, columns: ["action"])
        try db.execute(sql: """
            CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(appendOnlyMessage)'); END;
            CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(appendOnlyMessage)'); END;
            CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON \(table)
            WHEN EXISTS (SELECT 1 FROM \(table) WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, '\(appendOnlyMessage)'); END;
            """)
    }
}

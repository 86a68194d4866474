import GRDB

/// v2: the append-only audit log.
enum AuditSchema {
    static func migrate(_ db: Database) throws {}
}

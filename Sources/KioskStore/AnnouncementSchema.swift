import GRDB

/// v4: announcements that staff publish for detainees' home screens.
///
/// Rows are never deleted: an announcement taken down is withdrawn (`withdrawn_at`, `withdrawn_by`),
/// so what detainees were told stays on record. The allowed values are written out here, not taken
/// from `Announcement.Target` or `Language`, so this migration builds the same schema whatever
/// later versions add to those types.
enum AnnouncementSchema {
    static let table = "announcement"

    static func migrate(_ db: Database) throws {
        try db.create(table: table) { t in
            t.autoIncrementedPrimaryKey("id")
            // Cleaned by TextSanitizer.multiLine, at most 1000 characters.
            t.column("text", .text).notNull()
            t.column("starts_at", .datetime).notNull()
            // NULL: shown until withdrawn.
            t.column("ends_at", .datetime)
            t.column("target_kind", .text).notNull()
                .check { ["everyone", "wing", "language"].contains($0) }
            // A wing (upper-case letters or digits), a language code, or '' for everyone.
            t.column("target_value", .text).notNull().defaults(to: "")
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .text).notNull()
            t.column("withdrawn_at", .datetime)
            t.column("withdrawn_by", .text)
            t.check(sql: "(target_kind = 'everyone') = (target_value = '')")
            t.check(sql: "ends_at IS NULL OR ends_at > starts_at")
            t.check(sql: "(withdrawn_at IS NULL) = (withdrawn_by IS NULL)")
        }
        try db.create(index: "announcement_on_starts_at", on: table, columns: ["starts_at"])
    }
}

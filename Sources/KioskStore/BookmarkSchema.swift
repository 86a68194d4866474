import GRDB

/// v10: the pages each detainee kept from the job sites.
enum BookmarkSchema {
    static let table = "bookmark"

    static func migrate(_ db: Database) throws {
        try db.create(table: table) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("detainee_id", .integer).notNull().references(KioskSchema.detainee, onDelete: .cascade)
            // The page's address after redirects, as the browser gave it.
            t.column("url", .text).notNull().check { length($0) > 0 && length($0) <= 8_192 }
            t.column("title", .text).notNull().check { length($0) <= 200 }
            t.column("created_at", .datetime).notNull()
            t.uniqueKey(["detainee_id", "url"])
        }
        try db.create(index: "bookmark_by_detainee", on: table, columns: ["detainee_id", "created_at"])
    }
}

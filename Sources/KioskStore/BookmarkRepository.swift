import Foundation
import GRDB
import KioskCore

/// The pages detainees kept from the job sites: one list per detainee, one bookmark per
/// address, at most `Bookmark.limit`.
///
/// The limit is decided in the transaction of the insert, so two terminals cannot pass it
/// together. Titles and addresses come from pages and are cleaned again as they are stored.
public struct BookmarkRepository: Sendable {
    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    /// The detainee's bookmarks, newest first.
    public func bookmarks(detainee: AccountID) throws(StoreError) -> [Bookmark] {
        try database.read { db in try Self.list(detainee: detainee, in: db) }
    }

    /// Keeps `url` for the detainee; an address kept already gets the new title and stays where
    /// it is. Returns the fresh list, or nil when the detainee keeps `Bookmark.limit` already.
    public func add(url: String, title: String, detainee: AccountID, at now: Date) throws(StoreError) -> [Bookmark]? {
        let url = TextSanitizer(maxLength: StrictURL.maximumLength).clean(url)
        var title = TextSanitizer(maxLength: Bookmark.maximumTitleLength).clean(title)
        if title.isEmpty { title = String(url.prefix(Bookmark.maximumTitleLength)) }
        guard !url.isEmpty else { return try bookmarks(detainee: detainee) }
        return try database.write { db -> [Bookmark]? in
            let kept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(BookmarkSchema.table) WHERE detainee_id = ? AND url = ?",
                                        arguments: [detainee, url]) ?? 0
            if kept > 0 {
                try db.execute(sql: "UPDATE \(BookmarkSchema.table) SET title = ? WHERE detainee_id = ? AND url = ?",
                               arguments: [title, detainee, url])
                return try Self.list(detainee: detainee, in: db)
            }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(BookmarkSchema.table) WHERE detainee_id = ?",
                                         arguments: [detainee]) ?? 0
            guard count < Bookmark.limit else { return nil }
            try db.execute(sql: "INSERT INTO \(BookmarkSchema.table) (detainee_id, url, title, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [detainee, url, title, now])
            return try Self.list(detainee: detainee, in: db)
        }
    }

    /// Forgets `url` for the detainee (nothing when it was not kept); returns the fresh list.
    public func remove(url: String, detainee: AccountID) throws(StoreError) -> [Bookmark] {
        try database.write { db in
            try db.execute(sql: "DELETE FROM \(BookmarkSchema.table) WHERE detainee_id = ? AND url = ?", arguments: [detainee, url])
            return try Self.list(detainee: detainee, in: db)
        }
    }

    private static func list(detainee: AccountID, in db: Database) throws -> [Bookmark] {
        try Row.fetchAll(db, sql: """
            SELECT url, title, created_at FROM \(BookmarkSchema.table) WHERE detainee_id = ?
            ORDER BY created_at DESC, id DESC
            """, arguments: [detainee]).map { row in
            Bookmark(url: TextSanitizer(maxLength: StrictURL.maximumLength).clean(row["url"] as String),
                     title: TextSanitizer(maxLength: Bookmark.maximumTitleLength).clean(row["title"] as String),
                     createdAt: row["created_at"])
        }
    }
}

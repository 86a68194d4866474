import GRDB

/// v7: the press archive: kept articles, their full-text index, detainees' read marks, the
/// article each terminal holds open, and what the last sync of each source left.
///
/// Articles belong to a feed source by URL, not by foreign key: removing a source from
/// `feed_source` hides its articles at once (the shelf joins on `feed_source`) and pruning
/// deletes them later, except one a terminal still holds open.
enum PressSchema {
    static let article = "press_article"
    /// FTS5 over an article's title and its document's `plainText`; rowid = article id.
    static let search = "press_search"
    static let read = "press_read"
    static let reading = "press_reading"
    static let sourceState = "press_source_state"

    /// Retention a source may be given, in days (ten years at most).
    static let retentionDays = 1...3650

    static func migrate(_ db: Database) throws {
        try db.create(table: article) { t in
            // AUTOINCREMENT: an id is never given again after its article is pruned, so an id a
            // screen or a read mark still holds can never name another article.
            t.autoIncrementedPrimaryKey("id")
            // The feed URL in normal form, as in feed_source.url.
            t.column("source_url", .text).notNull()
            // The item's identity within its source (guid, Atom id, link or digest).
            t.column("item_key", .text).notNull()
            t.column("title", .text).notNull()
            t.column("link", .text)
            t.column("author", .text)
            t.column("published_at", .datetime).notNull()
            // True when the feed gave no usable date and published_at is the time of the sync.
            t.column("date_was_missing", .boolean).notNull().defaults(to: false)
            t.column("fetched_at", .datetime).notNull()
            // The article's `Document` as JSON.
            t.column("body", .text).notNull()
            t.uniqueKey(["source_url", "item_key"])
        }
        try db.create(index: "press_article_on_source_published", on: article, columns: ["source_url", "published_at"])

        // Accents and case folded (`remove_diacritics 2`), so "ecole" finds "École" and
        // "muller" finds "Müller". The index keeps its own copy of the text, so a row is
        // deleted by rowid alone, by the trigger below.
        try db.create(virtualTable: search, using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("title")
            t.column("body")
        }
        // Rows are added by the repository in the transaction that adds the article (the text
        // to index comes from the decoded document); any deletion of an article removes its row.
        try db.execute(sql: """
            CREATE TRIGGER press_article_deleted AFTER DELETE ON \(article) BEGIN
                DELETE FROM \(search) WHERE rowid = old.id;
            END
            """)

        try db.create(table: read) { t in
            t.column("detainee_id", .integer).notNull().references(KioskSchema.detainee, onDelete: .cascade)
            t.column("article_id", .integer).notNull().references(article, onDelete: .cascade)
            t.column("read_at", .datetime).notNull()
            t.primaryKey(["detainee_id", "article_id"])
        }
        try db.create(index: "press_read_on_article", on: read, columns: ["article_id"])

        try db.create(table: reading) { t in
            // One article at most per terminal: opening another replaces it.
            t.column("terminal", .text).primaryKey()
            t.column("article_id", .integer).notNull().references(article, onDelete: .cascade)
            t.column("detainee_id", .integer).notNull().references(KioskSchema.detainee, onDelete: .cascade)
            t.column("since", .datetime).notNull()
        }
        try db.create(index: "press_reading_on_article", on: reading, columns: ["article_id"])

        try db.create(table: sourceState) { t in
            t.column("source_url", .text).primaryKey()
            t.column("etag", .text)
            t.column("last_modified", .text)
            t.column("last_attempt_at", .datetime)
            t.column("last_success_at", .datetime)
            // One line for staff: "3 new, 10 already kept", "not modified", "failed: …".
            t.column("last_outcome", .text)
            // NULL: the configured default.
            t.column("retention_days", .integer).check { $0 == nil || ($0 >= 1 && $0 <= 3650) }
        }
    }
}

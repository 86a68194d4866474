import Foundation
import GRDB
import KioskCore

/// The sync's side: which sources to fetch, keeping what they gave, and forgetting old articles.
extension PressRepository {
    /// Longest failure reason kept for staff, in Unicode scalars.
    static let maximumReasonLength = 300
    /// Longest ETag or Last-Modified kept; longer ones are not sent back.
    static let maximumValidatorLength = 512
    static let secondsPerDay: TimeInterval = 86_400

    public func syncSources() throws(StoreFailure) -> [PressSyncSource] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT f.url, f.name, f.language, s.etag, s.last_modified, s.retention_days
                    FROM \(AllowlistSchema.feedSource) f
                    LEFT JOIN \(PressSchema.sourceState) s ON s.source_url = f.url
                    WHERE f.enabled
                    ORDER BY f.name, f.url
                    """)
                .map { row in
                    PressSyncSource(
                        url: row["url"], name: row["name"], language: Self.language(row), etag: row["etag"],
                        lastModified: row["last_modified"], retentionDays: row["retention_days"])
                }
            }
        } catch {
            throw error.failure
        }
    }

    /// The keys among `keys` that `source` already has an article for, read in one snapshot.
    public func keptKeys(_ keys: [String], source: String) throws(StoreFailure) -> Set<String> {
        do {
            return try database.read { db in
                var kept: Set<String> = []
                for key in keys where try PressArticleRecord.exists(source: source, key: key, in: db) {
                    kept.insert(key)
                }
                return kept
            }
        } catch {
            throw error.failure
        }
    }

    /// Keeps the drafts whose key is new for `source` and that were published at `keepAfter` or
    /// later, with their search rows, and records the validators and `N new, M already kept`
    /// (`, K too old`) as the source's last successful sync, all in one transaction.
    ///
    /// A key already kept counts as known whatever its date; a key given twice in one batch
    /// counts once (the first draft wins). `alreadyKept` items, found kept before the drafts
    /// were made, count as known too.
    public func storeArticles(_ drafts: [PressArticleDraft], alreadyKept: Int, source: String, etag: String?,
                              lastModified: String?, keepAfter: Date, at: Date) throws(StoreFailure) -> PressStoreResult {
        let etag = Self.validator(etag), lastModified = Self.validator(lastModified)
        do {
            return try database.write { db -> PressStoreResult in
                var result = PressStoreResult(known: max(0, alreadyKept))
                var seen: Set<String> = []
                for draft in drafts where seen.insert(draft.key).inserted {
                    if try PressArticleRecord.exists(source: source, key: draft.key, in: db) {
                        result.known += 1
                    } else if draft.published < keepAfter {
                        result.tooOld += 1
                    } else {
                        var record = try PressArticleRecord(draft, source: source, fetchedAt: at)
                        try record.insertRow(db)
                        try db.cachedStatement(sql: "INSERT INTO \(PressSchema.search) (rowid, title, body) VALUES (?, ?, ?)")
                            .execute(arguments: [record.id, record.title, draft.document.plainText])
                        result.added += 1
                    }
                }
                try db.execute(
                    sql: """
                        INSERT INTO \(PressSchema.sourceState)
                            (source_url, etag, last_modified, last_attempt_at, last_success_at, last_outcome)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (source_url) DO UPDATE SET
                            etag = excluded.etag, last_modified = excluded.last_modified,
                            last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
                            last_outcome = excluded.last_outcome
                        """,
                    arguments: [source, etag, lastModified, at, at, Self.outcome(result)])
                return result
            }
        } catch {
            throw error.failure
        }
    }

    /// Records a 304 as a successful sync; a validator the answer did not repeat keeps its value.
    public func recordNotModified(source: String, etag: String?, lastModified: String?, at: Date) throws(StoreFailure) {
        let etag = Self.validator(etag), lastModified = Self.validator(lastModified)
        do {
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO \(PressSchema.sourceState)
                            (source_url, etag, last_modified, last_attempt_at, last_success_at, last_outcome)
                        VALUES (?, ?, ?, ?, ?, 'not modified')
                        ON CONFLICT (source_url) DO UPDATE SET
                            etag = COALESCE(excluded.etag, etag),
                            last_modified = COALESCE(excluded.last_modified, last_modified),
                            last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
                            last_outcome = excluded.last_outcome
                        """,
                    arguments: [source, etag, lastModified, at, at])
            }
        } catch {
            throw error.failure
        }
    }

    /// Records `failed: REASON` (one line, controls removed, `maximumReasonLength` at most) as
    /// the source's last attempt; validators, last success and articles stay as they were.
    public func recordSyncFailure(source: String, reason: String, at: Date) throws(StoreFailure) {
        let reason = TextSanitizer(maxLength: Self.maximumReasonLength).clean(reason)
            .trimmingCharacters(in: .whitespaces)
        let outcome = "failed: " + (reason.isEmpty ? "no reason given" : reason)
        do {
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO \(PressSchema.sourceState) (source_url, last_attempt_at, last_outcome) VALUES (?, ?, ?)
                        ON CONFLICT (source_url) DO UPDATE SET
                            last_attempt_at = excluded.last_attempt_at, last_outcome = excluded.last_outcome
                        """,
                    arguments: [source, at, outcome])
            }
        } catch {
            throw error.failure
        }
    }

    /// Deletes, in one transaction, the articles of listed sources published more than their
    /// retention (or `defaultDays`, at least 1) days before `now`, and every article of sources
    /// no longer listed, except articles a terminal holds open; their search rows and read marks
    /// go with them. The sync state of sources no longer listed is dropped too.
    public func pruneArticles(now: Date, defaultDays: Int) throws(StoreFailure) -> Int {
        let defaultDays = max(1, defaultDays)
        do {
            return try database.write { db -> Int in
                let listed = Set(try String.fetchAll(db, sql: "SELECT url FROM \(AllowlistSchema.feedSource)"))
                var retention: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT source_url, retention_days FROM \(PressSchema.sourceState) WHERE retention_days IS NOT NULL
                    """) {
                    retention[row["source_url"]] = row["retention_days"]
                }
                let notHeld = "id NOT IN (SELECT article_id FROM \(PressSchema.reading))"
                var deleted = 0
                for source in try String.fetchAll(db, sql: "SELECT DISTINCT source_url FROM \(PressSchema.article)") {
                    if listed.contains(source) {
                        let days = retention[source] ?? defaultDays
                        let cutoff = now.addingTimeInterval(-Double(days) * Self.secondsPerDay)
                        try db.execute(
                            sql: "DELETE FROM \(PressSchema.article) WHERE source_url = ? AND published_at < ? AND \(notHeld)",
                            arguments: [source, cutoff])
                    } else {
                        try db.execute(
                            sql: "DELETE FROM \(PressSchema.article) WHERE source_url = ? AND \(notHeld)",
                            arguments: [source])
                    }
                    deleted += db.changesCount
                }
                try db.execute(sql: """
                    DELETE FROM \(PressSchema.sourceState)
                    WHERE source_url NOT IN (SELECT url FROM \(AllowlistSchema.feedSource))
                    """)
                return deleted
            }
        } catch {
            throw error.failure
        }
    }

    // MARK: - Helpers

    /// `3 new, 10 already kept`, with `, 2 too old` when some were.
    static func outcome(_ result: PressStoreResult) -> String {
        var text = "\(result.added) new, \(result.known) already kept"
        if result.tooOld > 0 { text += ", \(result.tooOld) too old" }
        return text
    }

    /// A validator as it may be sent back in a header: kept only when it already is one clean
    /// line of `maximumValidatorLength` scalars at most (an altered validator would never match).
    static func validator(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value.unicodeScalars.count <= maximumValidatorLength else { return nil }
        let cleaned = TextSanitizer(maxLength: maximumValidatorLength).clean(value)
        return cleaned == value ? value : nil
    }
}

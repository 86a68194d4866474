import Foundation
import GRDB
import KioskCore

/// The detainee's side: what they may read, search and open.
extension PressRepository {
    /// Title matches weigh this many times a match in the text when ranking a search.
    static let titleWeight = 4.0

    public func pressSources(detainee: AccountID, allowed: Set<String>?) throws(StoreFailure) -> [PressSourceSummary] {
        let request = SQLRequest<Row>(literal: """
            SELECT f.url, f.name, f.language, COUNT(*) AS article_count,
                   SUM(r.article_id IS NULL) AS unread_count, MAX(a.published_at) AS latest
            \(Self.visibleArticles(detainee: detainee, allowed: allowed))
            GROUP BY f.url
            ORDER BY f.name, f.url
            """)
        do {
            return try database.read { db in
                try request.fetchAll(db).map { row in
                    PressSourceSummary(
                        url: row["url"], name: row["name"], language: Self.language(row),
                        articleCount: row["article_count"], unreadCount: row["unread_count"], latest: row["latest"])
                }
            }
        } catch {
            throw error.failure
        }
    }

    public func pressArticles(detainee: AccountID, source: String?, allowed: Set<String>?, limit: Int) throws(StoreFailure)
        -> [PressArticleSummary]
    {
        guard limit > 0 else { return [] }
        var sql: SQL = "SELECT \(Self.summaryColumns) \(Self.visibleArticles(detainee: detainee, allowed: allowed))"
        if let source { sql += " AND a.source_url = \(source)" }
        sql += " ORDER BY a.published_at DESC, a.id DESC LIMIT \(limit)"
        let request = SQLRequest<Row>(literal: sql)
        do {
            return try database.read { db in try request.fetchAll(db).map(Self.summary) }
        } catch {
            throw error.failure
        }
    }

    /// Searches titles and texts for every word of `query` as a prefix (`PressSearchQuery`):
    /// accents and case ignored, best bm25 rank first (title matches weigh more), then newest.
    public func searchPress(_ query: String, detainee: AccountID, allowed: Set<String>?, limit: Int) throws(StoreFailure)
        -> [PressArticleSummary]
    {
        guard limit > 0, let query = PressSearchQuery(query) else { return [] }
        let request = SQLRequest<Row>(literal: """
            SELECT \(Self.summaryColumns)
            FROM \(sql: PressSchema.search)
            JOIN \(sql: PressSchema.article) a ON a.id = \(sql: PressSchema.search).rowid
            \(Self.sourceAndReadJoins(detainee: detainee))
            WHERE \(sql: PressSchema.search) MATCH \(query.pattern) AND \(Self.allowedNames(allowed))
            ORDER BY bm25(\(sql: PressSchema.search), \(Self.titleWeight), 1.0), a.published_at DESC, a.id DESC
            LIMIT \(limit)
            """)
        do {
            return try database.read { db in try request.fetchAll(db).map(Self.summary) }
        } catch {
            throw error.failure
        }
    }

    /// Returns the article, marks it read for the detainee (the first reading's time stays) and
    /// holds it on `terminal` in place of any article held there before, in one transaction.
    public func openArticle(id: Int64, detainee: AccountID, allowed: Set<String>?, terminal: String, at: Date)
        throws(StoreFailure) -> PressArticle?
    {
        let request = SQLRequest<Row>(literal: """
            SELECT a.*, f.name AS source_name, f.language
            \(Self.visibleArticles(detainee: detainee, allowed: allowed))
            AND a.id = \(id)
            """)
        do {
            return try database.write { db -> PressArticle? in
                guard let row = try request.fetchOne(db) else { return nil }
                let record = try PressArticleRecord(row: row)
                try db.execute(
                    sql: """
                        INSERT INTO \(PressSchema.read) (detainee_id, article_id, read_at) VALUES (?, ?, ?)
                        ON CONFLICT (detainee_id, article_id) DO NOTHING
                        """,
                    arguments: [detainee, id, at])
                try db.execute(
                    sql: """
                        INSERT INTO \(PressSchema.reading) (terminal, article_id, detainee_id, since) VALUES (?, ?, ?, ?)
                        ON CONFLICT (terminal) DO UPDATE SET
                            article_id = excluded.article_id, detainee_id = excluded.detainee_id, since = excluded.since
                        """,
                    arguments: [terminal, id, detainee, at])
                return PressArticle(
                    id: id, sourceURL: record.sourceURL, sourceName: row["source_name"], language: Self.language(row),
                    title: record.title, link: record.link, author: record.author, published: record.publishedAt,
                    document: record.document)
            }
        } catch {
            throw error.failure
        }
    }

    public func closeArticle(terminal: String) throws(StoreFailure) {
        do {
            try database.write { db in
                try db.execute(sql: "DELETE FROM \(PressSchema.reading) WHERE terminal = ?", arguments: [terminal])
            }
        } catch {
            throw error.failure
        }
    }
}

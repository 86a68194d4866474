import Foundation
import GRDB
import KioskCore

/// The detainee's side: what they may read, search and open.
extension PressRepository {
    /// Words shorter than this are searched whole, not as prefixes (`PressSearchQuery`); the
    /// search index keeps prefixes of 2 and 3 characters (`SearchIndexSchema`).
    static let shortestPrefix = 2
    /// How many times the result limit a search looks at, most recently kept first.
    static let searchWindow = 2

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

    /// Searches titles and texts for every word of `query` (`PressSearchQuery`: a word of one
    /// character whole, longer words as prefixes), accents and case ignored.
    ///
    /// The matches looked at are the `2 × limit` most recently kept ones the detainee may see
    /// (FTS5 hands them over by descending id and stops there, however many articles a common
    /// word matches); of those, the articles whose title holds every word come first, then the
    /// others, each group newest first (decision 55). A search that matches fewer articles
    /// than that is ordered in full. The statement stays prepared: its text changes only with
    /// the number of allowed sources.
    public func searchPress(_ query: String, detainee: AccountID, allowed: Set<String>?, limit: Int) throws(StoreFailure)
        -> [PressArticleSummary]
    {
        guard limit > 0, let query = PressSearchQuery(query) else { return [] }
        let request = SQLRequest<Row>(literal: """
            SELECT \(Self.summaryColumns)
            FROM (SELECT s.rowid AS id
                  FROM \(sql: PressSchema.search) s
                  JOIN \(sql: PressSchema.article) a ON a.id = s.rowid
                  JOIN \(sql: AllowlistSchema.feedSource) f ON f.url = a.source_url
                  WHERE \(sql: PressSchema.search) MATCH \(query.pattern(shortestPrefix: Self.shortestPrefix))
                    AND \(Self.allowedNames(allowed))
                  ORDER BY s.rowid DESC
                  LIMIT \(Self.searchWindow * limit)) m
            JOIN \(sql: PressSchema.article) a ON a.id = m.id
            \(Self.sourceAndReadJoins(detainee: detainee))
            """, cached: true)
        do {
            return try database.read { db in
                let titles = try PressTitleMatch(query, shortestPrefix: Self.shortestPrefix, in: db)
                return try request.fetchAll(db)
                    .map { (inTitle: try titles.holdsEveryWord($0["title"]), summary: Self.summary($0)) }
                    .sorted { lhs, rhs in
                        if lhs.inTitle != rhs.inTitle { return lhs.inTitle }
                        if lhs.summary.published != rhs.summary.published { return lhs.summary.published > rhs.summary.published }
                        return lhs.summary.id > rhs.summary.id
                    }
                    .prefix(limit)
                    .map(\.summary)
            }
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

import Foundation
import GRDB
import KioskCore

/// The press archive on SQLite: the detainee's shelf (`PressShelf`), the sync's archive
/// (`PressArchive`), and what staff see and set from the shell.
///
/// Sources are the rows of `feed_source`: an article is shown only while its source is listed
/// there (enabled or not: a disabled source's kept articles stay readable) and its source's
/// name is allowed by the detainee's profile. Every write is one transaction committed with
/// `synchronous=FULL`; an article, its search row and its read marks come and go together.
/// Port methods fail with `StoreFailure`; the shell's methods with SQLite's words.
public struct PressRepository: PressShelf, PressArchive {
    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    // MARK: - Staff

    /// Sets how many days a source's articles are kept (`nil`: the configured default), and
    /// records `feed.retention` by `author` in the same transaction.
    ///
    /// `days` must be within 1...3650; the URL may be written in any form that normalises to a
    /// listed feed's.
    public func setRetention(
        source url: String, days: Int?, by author: String, terminal: String = AllowlistRepository.cliTerminal,
        now: Date
    ) throws(AllowlistError) {
        if let days, !PressSchema.retentionDays.contains(days) {
            throw .invalid("Retention must be \(PressSchema.retentionDays.lowerBound) to \(PressSchema.retentionDays.upperBound) days")
        }
        let author = try Self.author(author)
        let key = (try? StrictURL.parse(url).get())?.string ?? url
        let found: Bool
        do {
            found = try database.write { db -> Bool in
                guard let feed = try FeedSourceRecord.find(url: key, in: db) else { return false }
                try db.execute(
                    sql: """
                        INSERT INTO \(PressSchema.sourceState) (source_url, retention_days) VALUES (?, ?)
                        ON CONFLICT (source_url) DO UPDATE SET retention_days = excluded.retention_days
                        """,
                    arguments: [feed.url, days])
                try AuditRepository.append(AuditEvent(
                    at: now, actor: author, terminal: terminal, action: "feed.retention", subject: feed.url,
                    detail: days.map { "retention \($0) days" } ?? "retention default"), in: db)
                return true
            }
        } catch {
            throw .storage(error)
        }
        guard found else { throw .feedNotFound(key) }
    }

    /// Every listed source, enabled or not, by name: what is kept and how the last syncs went.
    public func syncStatus() throws(StoreError) -> [PressSourceStatus] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.url, f.name, f.enabled,
                       (SELECT COUNT(*) FROM \(PressSchema.article) a WHERE a.source_url = f.url) AS article_count,
                       s.last_attempt_at, s.last_success_at, s.last_outcome, s.retention_days
                FROM \(AllowlistSchema.feedSource) f
                LEFT JOIN \(PressSchema.sourceState) s ON s.source_url = f.url
                ORDER BY f.name, f.url
                """)
            .map { row in
                PressSourceStatus(
                    url: row["url"], name: row["name"], enabled: row["enabled"], articleCount: row["article_count"],
                    lastAttempt: row["last_attempt_at"], lastSuccess: row["last_success_at"],
                    lastOutcome: row["last_outcome"], retentionDays: row["retention_days"])
            }
        }
    }

    // MARK: - Home badge

    /// How many kept articles the detainee has not opened, in the sources their access profile
    /// allows; 0 when the profile does not open the press at all, or the detainee is unknown.
    func unreadCount(detainee: AccountID) throws(StoreError) -> Int {
        try database.read { db in
            guard let record = try DetaineeRecord.fetchOne(db, key: detainee) else { return 0 }
            let profile = try AccessProfileRepository.profile(named: record.accessProfile, in: db)
            guard profile.sections.contains(.press) else { return 0 }
            let request = SQLRequest<Int>(literal: """
                SELECT COUNT(*) \(Self.visibleArticles(detainee: detainee, allowed: profile.pressSources))
                AND r.article_id IS NULL
                """)
            return try request.fetchOne(db) ?? 0
        }
    }

    // MARK: - Shared SQL

    /// `FROM … WHERE …` over the articles a detainee may see: `a` the article, `f` its listed
    /// source (allowed by name), `r` the detainee's read mark or NULLs. Ready for `AND …`.
    static func visibleArticles(detainee: AccountID, allowed: Set<String>?) -> SQL {
        "FROM \(sql: PressSchema.article) a \(sourceAndReadJoins(detainee: detainee)) WHERE \(allowedNames(allowed))"
    }

    /// Joins `a`'s listed source as `f` and the detainee's read mark of `a` as `r`.
    static func sourceAndReadJoins(detainee: AccountID) -> SQL {
        """
        JOIN \(sql: AllowlistSchema.feedSource) f ON f.url = a.source_url
        LEFT JOIN \(sql: PressSchema.read) r ON r.article_id = a.id AND r.detainee_id = \(detainee)
        """
    }

    /// Whether `f`'s name is allowed: every name for nil, none for an empty set.
    static func allowedNames(_ allowed: Set<String>?) -> SQL {
        switch allowed {
        case nil: "1"
        case let allowed? where allowed.isEmpty: "0"
        case let allowed?: "f.name IN \(allowed.sorted())"
        }
    }

    /// The columns `summary(_:)` reads, over `visibleArticles`.
    static let summaryColumns: SQL = """
        a.id, a.source_url, f.name AS source_name, a.title, a.published_at, r.article_id IS NOT NULL AS is_read
        """

    static func summary(_ row: Row) -> PressArticleSummary {
        PressArticleSummary(
            id: row["id"], sourceURL: row["source_url"], sourceName: row["source_name"], title: row["title"],
            published: row["published_at"], isRead: row["is_read"])
    }

    static func language(_ row: Row) -> Language {
        Language(rawValue: row["language"] ?? "") ?? .en
    }

    // MARK: - Validation

    private static func author(_ value: String) throws(AllowlistError) -> String {
        let cleaned = TextSanitizer.singleLine.clean(value).trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty, cleaned.count <= AllowlistRepository.maximumAuthorLength else {
            throw .invalid("The author of a change must be 1 to \(AllowlistRepository.maximumAuthorLength) characters")
        }
        return cleaned
    }
}

import GRDB

/// v3: job-site rules and press feed sources.
///
/// The allowed values are written out here, not taken from `SiteCategory` or `Language`, so this
/// migration builds the same schema whatever later versions add to those enums.
enum AllowlistSchema {
    static let siteRule = "site_rule"
    static let feedSource = "feed_source"

    static func migrate(_ db: Database) throws {
        try db.create(table: siteRule) { t in
            t.autoIncrementedPrimaryKey("id")
            // Canonical text from SiteRuleParser, so one rule has one spelling.
            t.column("rule", .text).notNull().unique()
            t.column("category", .text).notNull()
                .check { ["jobs", "training", "government", "library", "press"].contains($0) }
            t.column("allows_get_forms", .boolean).notNull().defaults(to: false)
            t.column("allows_post", .boolean).notNull().defaults(to: false)
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .text).notNull()
        }
        try db.create(table: feedSource) { t in
            t.autoIncrementedPrimaryKey("id")
            // Normalised by StrictURL: the exact URL the fetcher requests.
            t.column("url", .text).notNull().unique()
            t.column("name", .text).notNull()
            t.column("language", .text).notNull()
                .check { ["fr", "nl", "de", "en"].contains($0) }
            t.column("enabled", .boolean).notNull().defaults(to: true)
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .text).notNull()
        }
    }
}

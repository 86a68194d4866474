import GRDB

/// v3: job-site rules and press feed sources.
enum AllowlistSchema {
    static func migrate(_ db: Database) throws {}
}

import Foundation

/// A feed source as `kiosk press status` shows it: how much is kept and how its syncs went.
public struct PressSourceStatus: Equatable, Sendable {
    /// The feed URL in normal form.
    public var url: String
    public var name: String
    public var enabled: Bool
    /// Articles kept for this source, held ones included.
    public var articleCount: Int
    /// When a sync last tried this source; nil when none has.
    public var lastAttempt: Date?
    /// When a sync last got an answer (new articles or 304) from this source.
    public var lastSuccess: Date?
    /// One line: `3 new, 10 already kept`, `not modified`, or `failed: REASON`.
    public var lastOutcome: String?
    /// Days articles are kept; nil means the configured default.
    public var retentionDays: Int?

    public init(url: String, name: String, enabled: Bool, articleCount: Int, lastAttempt: Date?, lastSuccess: Date?,
                lastOutcome: String?, retentionDays: Int?) {
        self.url = url
        self.name = name
        self.enabled = enabled
        self.articleCount = articleCount
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.lastOutcome = lastOutcome
        self.retentionDays = retentionDays
    }
}

import Foundation

/// Which audit events a staff screen or an export asks for; every field left empty matches all.
///
/// Times form a half-open range: `since` is included, `until` is not, so "yesterday" is
/// `since: midnight - 1 day, until: midnight` with nothing counted twice.
public struct AuditFilter: Equatable, Sendable {
    /// Earliest time included.
    public var since: Date?
    /// First time excluded.
    public var until: Date?
    /// Exactly this actor, e.g. `staff:admin`.
    public var actor: String?
    /// Actions starting with this text, case-sensitively, e.g. `login.` or `url.refused`.
    public var actionPrefix: String?
    /// Text found in the subject or the detail (ASCII letters in either case).
    public var text: String?
    /// Most events returned; 0 or less returns none.
    public var limit: Int
    /// Events skipped first, newest first, for paging.
    public var offset: Int

    /// Page size when none is given.
    public static let defaultLimit = 100

    public init(
        since: Date? = nil, until: Date? = nil, actor: String? = nil, actionPrefix: String? = nil,
        text: String? = nil, limit: Int = AuditFilter.defaultLimit, offset: Int = 0
    ) {
        self.since = since
        self.until = until
        self.actor = actor
        self.actionPrefix = actionPrefix
        self.text = text
        self.limit = limit
        self.offset = offset
    }
}

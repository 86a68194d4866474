import Foundation

/// A newspaper on the detainee's press stand: one feed source with its articles counted.
public struct PressSourceSummary: Equatable, Sendable {
    /// The feed URL in normal form: the source's key.
    public var url: String
    public var name: String
    public var language: Language
    /// Articles kept for this source.
    public var articleCount: Int
    /// Articles of this source the detainee has not opened.
    public var unreadCount: Int
    /// When the newest kept article was published; nil when none is kept.
    public var latest: Date?

    public init(url: String, name: String, language: Language, articleCount: Int, unreadCount: Int, latest: Date?) {
        self.url = url
        self.name = name
        self.language = language
        self.articleCount = articleCount
        self.unreadCount = unreadCount
        self.latest = latest
    }
}

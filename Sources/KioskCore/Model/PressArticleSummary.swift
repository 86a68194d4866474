import Foundation

/// One line of an article list: enough to choose an article, not its text.
public struct PressArticleSummary: Equatable, Sendable {
    public var id: Int64
    /// The feed URL of the source (normal form).
    public var sourceURL: String
    public var sourceName: String
    /// Plain text, one line.
    public var title: String
    public var published: Date
    /// Whether this detainee has opened the article.
    public var isRead: Bool

    public init(id: Int64, sourceURL: String, sourceName: String, title: String, published: Date, isRead: Bool) {
        self.id = id
        self.sourceURL = sourceURL
        self.sourceName = sourceName
        self.title = title
        self.published = published
        self.isRead = isRead
    }
}

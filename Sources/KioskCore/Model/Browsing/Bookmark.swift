import Foundation

/// A page a detainee kept to find again from the start page.
public struct Bookmark: Equatable, Sendable {
    /// The page's address after redirects; one bookmark per address and detainee.
    public var url: String
    /// The page's title when it was kept (its address when it had none).
    public var title: String
    public var createdAt: Date

    /// Most bookmarks one detainee keeps; adding one more is refused.
    public static let limit = 50
    /// Longest title kept, in characters.
    public static let maximumTitleLength = 200

    public init(url: String, title: String, createdAt: Date) {
        self.url = url
        self.title = title
        self.createdAt = createdAt
    }
}

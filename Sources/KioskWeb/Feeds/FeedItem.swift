import Foundation

/// One article of a feed, every text field already sanitised and capped.
public struct FeedItem: Equatable, Sendable {
    /// The guid or Atom id; else the link; else a digest of title and date. Never empty.
    public var id: String
    /// Plain text, one line (tags stripped, entities decoded).
    public var title: String
    /// Absolute http or https URL; nil when the item has none (or only an unsafe one).
    public var link: String?
    /// When published; the fetch time when `dateWasMissing`.
    public var published: Date
    /// True when the item had no usable date: none, unreadable, or more than a day ahead.
    public var dateWasMissing: Bool
    /// Plain text, one line.
    public var author: String?
    /// The description or summary as HTML (plain-text summaries are escaped into HTML).
    public var summaryHTML: String?
    /// The full content as HTML (`content:encoded`, Atom `content`).
    public var contentHTML: String?

    public init(
        id: String, title: String, link: String?, published: Date, dateWasMissing: Bool,
        author: String?, summaryHTML: String?, contentHTML: String?
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.dateWasMissing = dateWasMissing
        self.author = author
        self.summaryHTML = summaryHTML
        self.contentHTML = contentHTML
    }
}

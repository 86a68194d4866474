/// A feed read from RSS 2.0, RSS 1.0 (RDF) or Atom 1.0, with its items cleaned and de-duplicated.
public struct ParsedFeed: Equatable, Sendable {
    /// Which dialect the document was written in.
    public enum Format: String, Equatable, Sendable {
        case rss2 = "RSS 2.0"
        case rss1 = "RSS 1.0"
        case atom = "Atom 1.0"
    }

    public var format: Format
    /// Plain text, one line; empty when the feed names no title.
    public var title: String
    /// The site the feed belongs to (absolute http or https), when it says.
    public var link: String?
    /// A language tag such as `fr` or `nl-BE`, when declared.
    public var language: String?
    /// In document order, duplicates removed, at most `FeedParser.maximumItems`.
    public var items: [FeedItem]
    /// Items dropped because an earlier item had the same identity.
    public var duplicateCount: Int
    /// Items dropped because the feed held more than the cap.
    public var overflowCount: Int

    public init(
        format: Format, title: String, link: String?, language: String?, items: [FeedItem],
        duplicateCount: Int = 0, overflowCount: Int = 0
    ) {
        self.format = format
        self.title = title
        self.link = link
        self.language = language
        self.items = items
        self.duplicateCount = duplicateCount
        self.overflowCount = overflowCount
    }
}

import Foundation

/// An article read from a feed, ready to be kept: what the sync hands to the archive.
public struct PressArticleDraft: Equatable, Sendable {
    /// The item's identity within its source (guid, Atom id, link, or a digest); never empty.
    public var key: String
    /// Plain text, one line.
    public var title: String
    public var link: String?
    public var author: String?
    public var published: Date
    /// True when the feed gave no usable date and `published` is the time of the sync.
    public var dateWasMissing: Bool
    public var document: Document

    public init(key: String, title: String, link: String?, author: String?, published: Date, dateWasMissing: Bool,
                document: Document) {
        self.key = key
        self.title = title
        self.link = link
        self.author = author
        self.published = published
        self.dateWasMissing = dateWasMissing
        self.document = document
    }
}

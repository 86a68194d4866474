import Foundation

/// An article as the reader shows it: its heading facts and its text as a document.
public struct PressArticle: Equatable, Sendable {
    public var id: Int64
    public var sourceURL: String
    public var sourceName: String
    public var language: Language
    /// Plain text, one line.
    public var title: String
    /// The address of the original on the web, shown as text (the press is read offline).
    public var link: String?
    public var author: String?
    public var published: Date
    /// The body, sanitised and converted when the feed was synced.
    public var document: Document

    public init(id: Int64, sourceURL: String, sourceName: String, language: Language, title: String, link: String?,
                author: String?, published: Date, document: Document) {
        self.id = id
        self.sourceURL = sourceURL
        self.sourceName = sourceName
        self.language = language
        self.title = title
        self.link = link
        self.author = author
        self.published = published
        self.document = document
    }
}

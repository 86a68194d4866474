import KioskCore

/// An HTML page converted for the browser: the document and what only a browser reads.
public struct HTMLPage: Equatable, Sendable {
    public var document: Document
    /// The `<title>` (sanitised, one line, at most 200 characters); empty when the page has none.
    /// Unlike `document.title`, never taken from a heading.
    public var title: String
    /// The `content` of the first `<meta http-equiv="refresh">` (cleaned), e.g. `0; url=/next`.
    public var refresh: String?

    public init(document: Document, title: String = "", refresh: String? = nil) {
        self.document = document
        self.title = title
        self.refresh = refresh
    }
}

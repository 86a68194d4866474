/// What came of asking for a page.
public enum PageLoad: Equatable, Sendable {
    case page(WebPage)
    /// The policy refused the address asked for (`hop` 0) or a redirect to `url` (hop 1 and on,
    /// a `<meta refresh>` counting as one); nothing was sent there.
    case refused(url: String, hop: Int, URLRefusal)
    /// The address was allowed but gave no page to show.
    case failed(url: String, PageFailure)
}

/// A page fetched and converted, ready to be read.
public struct WebPage: Equatable, Sendable {
    /// The address the page came from, after redirects; links are resolved against it.
    public var url: String
    /// The page's `<title>` (sanitised), empty when it has none.
    public var title: String
    public var document: Document

    public init(url: String, title: String = "", document: Document) {
        self.url = url
        self.title = title
        self.document = document
    }
}

/// Why an allowed address gave no page.
public enum PageFailure: Equatable, Sendable {
    /// No complete answer within the time cap (seconds).
    case timeout(seconds: Int)
    /// Larger than the cap (bytes).
    case tooLarge(limit: Int)
    /// The server answered with an error status.
    case httpStatus(Int)
    /// Not HTML or plain text: the kiosk shows nothing else (PDF, images, downloads).
    case unsupportedType(String)
    /// More redirects than the cap.
    case tooManyRedirects(limit: Int)
    /// The connection failed (name not found, refused, TLS…).
    case network(String)
}

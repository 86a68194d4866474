/// The ETag and Last-Modified of a previous fetch, sent back so an unchanged source costs a 304.
///
/// Values are header text from a server: they are cleaned of control characters and capped
/// both when read from a response and when sent, so a stored value can never split a header.
public struct CacheValidators: Equatable, Hashable, Sendable {
    /// The `ETag` header, quotes included (`"abc"`, `W/"abc"`).
    public var etag: String?
    /// The `Last-Modified` header, as the server wrote it.
    public var lastModified: String?

    /// Nothing to send: the fetch is unconditional.
    public static let none = CacheValidators()

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = HeaderText.cleaned(etag)
        self.lastModified = HeaderText.cleaned(lastModified)
    }

    /// Whether there is anything to send.
    public var isEmpty: Bool { etag == nil && lastModified == nil }

    /// `If-None-Match` and `If-Modified-Since` for the values present.
    var requestHeaders: [String: String] {
        var headers: [String: String] = [:]
        if let etag { headers["If-None-Match"] = etag }
        if let lastModified { headers["If-Modified-Since"] = lastModified }
        return headers
    }
}

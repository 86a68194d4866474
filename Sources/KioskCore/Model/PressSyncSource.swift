/// An enabled feed source as the sync needs it: where, and what the last fetch left.
public struct PressSyncSource: Equatable, Sendable {
    /// The feed URL in normal form.
    public var url: String
    public var name: String
    public var language: Language
    /// The ETag of the last successful fetch, sent back as `If-None-Match`.
    public var etag: String?
    /// The Last-Modified of the last successful fetch, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// Days articles of this source are kept; nil means the configured default.
    public var retentionDays: Int?

    public init(url: String, name: String, language: Language, etag: String? = nil, lastModified: String? = nil,
                retentionDays: Int? = nil) {
        self.url = url
        self.name = name
        self.language = language
        self.etag = etag
        self.lastModified = lastModified
        self.retentionDays = retentionDays
    }
}

/// What keeping one source's articles came to.
public struct PressStoreResult: Equatable, Sendable {
    /// Articles not seen before, now kept.
    public var added: Int
    /// Articles already kept (same key), left as they were.
    public var known: Int
    /// Articles older than the source's retention, not kept.
    public var tooOld: Int

    public init(added: Int = 0, known: Int = 0, tooOld: Int = 0) {
        self.added = added
        self.known = known
        self.tooOld = tooOld
    }
}

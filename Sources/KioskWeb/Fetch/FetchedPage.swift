import Foundation
import KioskCore

/// A body fetched with status 2xx, with where it finally came from.
public struct FetchedPage: Equatable, Sendable {
    /// The body as received (after content decoding), at most `FetchLimits.maximumBodyBytes`.
    public var body: Data
    /// The URL that answered: the base for relative links in the body.
    public var finalURL: StrictURL
    /// The `Content-Type` header, cleaned; nil when absent.
    public var contentType: String?
    /// The ETag and Last-Modified to send next time.
    public var validators: CacheValidators
    /// Every URL a redirect led to, in order; empty when the first URL answered.
    public var redirects: [StrictURL]

    public init(
        body: Data, finalURL: StrictURL, contentType: String?, validators: CacheValidators,
        redirects: [StrictURL]
    ) {
        self.body = body
        self.finalURL = finalURL
        self.contentType = contentType
        self.validators = validators
        self.redirects = redirects
    }
}

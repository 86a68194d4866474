import Foundation

/// A press feed source as listings show it.
public struct FeedSourceEntry: Equatable, Sendable {
    /// The normalised URL (`StrictURL.string`): the one the fetcher requests.
    public var url: String
    public var name: String
    public var language: Language
    /// Disabled feeds are kept but not fetched.
    public var enabled: Bool
    public var createdAt: Date
    public var createdBy: String

    public init(url: String, name: String, language: Language, enabled: Bool, createdAt: Date, createdBy: String) {
        self.url = url
        self.name = name
        self.language = language
        self.enabled = enabled
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

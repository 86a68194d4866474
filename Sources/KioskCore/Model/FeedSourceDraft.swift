/// A press feed source as typed on the new-source form.
public struct FeedSourceDraft: Equatable, Sendable {
    public var url: String
    public var name: String
    public var language: Language

    public init(url: String, name: String, language: Language) {
        self.url = url
        self.name = name
        self.language = language
    }
}

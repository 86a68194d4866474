/// The form for a new press feed source: its URL, a name readers see, and its language.
public struct FeedSourceFormState: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable {
        case url, name, language
    }

    public static let maxURLLength = 500
    public static let maxNameLength = 100

    public var url = ""
    public var name = ""
    public var language: Language
    public var focus: Field = .url
    /// Why the form was not saved: a field typed wrong, the store's refusal, or a store failure.
    public var outcome: SaveOutcome?

    public init(url: String = "", name: String = "", language: Language, focus: Field = .url, outcome: SaveOutcome? = nil) {
        self.url = url
        self.name = name
        self.language = language
        self.focus = focus
        self.outcome = outcome
    }

    public var draft: FeedSourceDraft { FeedSourceDraft(url: url, name: name, language: language) }
}

/// Searching the press: a field, and the articles that match what was searched.
public struct PressSearchState: Equatable, Sendable {
    /// Longest query accepted, in characters.
    public static let maxQueryLength = 80

    /// What is typed in the field.
    public var query: String
    /// The query the results answer; nil before the first search.
    public var searchedFor: String?
    /// Matches of `searchedFor`, title matches first, each group newest first; nil while a search
    /// runs or before the first.
    public var results: [PressArticleSummary]?
    public var selection: Int
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(query: String = "", searchedFor: String? = nil, results: [PressArticleSummary]? = nil, selection: Int = 0) {
        self.query = query
        self.searchedFor = searchedFor
        self.results = results
        self.selection = selection
    }

    /// Whether Enter should search again: the field holds words not yet searched for.
    public var hasNewQuery: Bool {
        let typed = query.trimmingCharacters(in: .whitespaces)
        return !typed.isEmpty && typed != searchedFor
    }
}

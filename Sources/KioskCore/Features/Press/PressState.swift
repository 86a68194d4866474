/// The press stand: the newspapers a detainee may read, or every article by date.
public struct PressState: Equatable, Sendable {
    /// What the stand lists.
    public enum View: Equatable, Sendable {
        /// One line per newspaper (feed source) with its unread count.
        case sources
        /// Every article of every allowed newspaper, newest first, under day headings.
        case byDate
    }

    public var view: View
    /// The newspapers; nil until loaded.
    public var sources: [PressSourceSummary]?
    /// The articles by date; nil until loaded (loaded when that view is first shown).
    public var latest: [PressArticleSummary]?
    /// The selected line of the list on screen.
    public var selection: Int
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(view: View = .sources, sources: [PressSourceSummary]? = nil, latest: [PressArticleSummary]? = nil,
                selection: Int = 0) {
        self.view = view
        self.sources = sources
        self.latest = latest
        self.selection = selection
    }

    /// How many lines the list on screen has (0 while loading).
    public var count: Int {
        switch view {
        case .sources: sources?.count ?? 0
        case .byDate: latest?.count ?? 0
        }
    }
}

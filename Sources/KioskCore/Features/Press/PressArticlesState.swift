/// The articles of one newspaper, newest first.
public struct PressArticlesState: Equatable, Sendable {
    /// The newspaper: its URL is the key the store knows it by, its name the screen's title.
    public var source: PressSourceSummary
    /// Nil until loaded.
    public var articles: [PressArticleSummary]?
    public var selection: Int
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(source: PressSourceSummary, articles: [PressArticleSummary]? = nil, selection: Int = 0) {
        self.source = source
        self.articles = articles
        self.selection = selection
    }
}

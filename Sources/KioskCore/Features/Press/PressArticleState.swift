/// Reading one article: it is loaded, then scrolled line by line or page by page.
public struct PressArticleState: Equatable, Sendable {
    public var id: Int64
    /// Nil while loading.
    public var article: PressArticle?
    /// The article was deleted or is no longer allowed: the screen says so.
    public var isMissing: Bool
    /// The first line of the text shown.
    public var offset: Int
    /// What the screen measured: lines of text and lines visible (0 before the first frame).
    public var measure: PageMeasure
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(id: Int64, article: PressArticle? = nil, isMissing: Bool = false, offset: Int = 0,
                measure: PageMeasure = PageMeasure()) {
        self.id = id
        self.article = article
        self.isMissing = isMissing
        self.offset = offset
        self.measure = measure
    }

    /// The largest offset that still fills the view.
    public var maxOffset: Int { measure.maxOffset }
}

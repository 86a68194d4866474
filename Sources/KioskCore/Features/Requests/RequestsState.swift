/// The detainee's requests: each with its service, status and unread replies; a new one from here.
public struct RequestsState: Equatable, Sendable {
    /// Nil while loading.
    public var catalog: ServiceCatalog?
    /// Nil while loading; most recently updated first.
    public var items: [RequestSummary]?
    public var selection: Int
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(catalog: ServiceCatalog? = nil, items: [RequestSummary]? = nil, selection: Int = 0) {
        self.catalog = catalog
        self.items = items
        self.selection = selection
    }

    public var isLoading: Bool { items == nil && failure == nil }
}

/// A department's queue of requests, filtered by status, age, wing and who has them.
public struct RequestQueueState: Equatable, Sendable {
    /// Ages the filter cycles through, in days (0: any).
    public static let ages = [0, 2, 7, 30]

    public var filter: RequestQueueFilter
    /// The departments of the member of staff (one of them is `filter.department`).
    public var departments: [String]
    /// Nil while loading.
    public var catalog: ServiceCatalog?
    /// Nil while loading; oldest first.
    public var items: [QueuedRequest]?
    public var selection: Int
    /// The wing being typed after W; nil when not typing.
    public var wingDraft: String?
    public var failure: StoreFailure?

    public init(departments: [String], filter: RequestQueueFilter? = nil) {
        self.departments = departments
        self.filter = filter ?? RequestQueueFilter(department: departments.first ?? "")
        self.catalog = nil
        self.items = nil
        self.selection = 0
        self.wingDraft = nil
    }

    public var isLoading: Bool { items == nil && failure == nil && !departments.isEmpty }
}

/// The courses a learner completed, newest first.
public struct CourseHistoryState: Equatable, Sendable {
    /// Nil while loading.
    public var completions: [CourseCompletion]?
    public var selection: Int
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(completions: [CourseCompletion]? = nil, selection: Int = 0) {
        self.completions = completions
        self.selection = selection
    }
}

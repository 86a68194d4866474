/// A course's page: what it is, how far the learner is, and its steps to open.
public struct CourseState: Equatable, Sendable {
    public var id: String
    /// Nil while loading.
    public var content: CourseContent?
    /// The learner's progress, loaded with the content and kept fresh by every save.
    public var progress: CourseProgress?
    /// The selected step.
    public var selection: Int
    /// The course was removed: the screen says so.
    public var isMissing: Bool
    /// The step Enter asked for while the learner is being enrolled; it opens once enrolled.
    public var opening: String?
    /// The store could not be read or written: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(id: String, content: CourseContent? = nil, progress: CourseProgress? = nil, selection: Int = 0,
                isMissing: Bool = false, opening: String? = nil) {
        self.id = id
        self.content = content
        self.progress = progress
        self.selection = selection
        self.isMissing = isMissing
        self.opening = opening
    }

    /// Steps done (lessons read, quizzes passed).
    public var stepsDone: Int {
        guard let content, let progress else { return 0 }
        return content.steps.filter(progress.isDone).count
    }

    /// The step to resume: the last one the learner was on while it is not done, else the
    /// next one not done after it (or before it), else the first not done; the last step
    /// (or the first) when all are done.
    ///
    /// `lastStep` alone would bring a learner back to the lesson they just finished.
    public static func resumeIndex(_ content: CourseContent, _ progress: CourseProgress) -> Int {
        let steps = content.steps
        guard !steps.isEmpty else { return 0 }
        let last = progress.lastStep.flatMap { id in steps.firstIndex { $0.id == id } }
        let order = last.map { Array(steps.indices[$0...]) + Array(steps.indices[..<$0]) } ?? Array(steps.indices)
        return order.first { !progress.isDone(steps[$0]) } ?? last ?? 0
    }
}

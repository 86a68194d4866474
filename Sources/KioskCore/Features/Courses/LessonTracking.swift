/// Saves where the learner stands in a lesson when it leaves the stack.
///
/// Runs after every action, like `ReadingTracking`: a lesson that was open before the action
/// and is not after it (Esc, a link to another lesson, logout, idle logout, the section
/// closing, the kiosk stopping) has its first line on screen saved, and is marked read when
/// its last page was shown.
enum LessonTracking {
    /// The lessons open before an action, and whose.
    struct Snapshot {
        var detainee: AccountID
        var lessons: [LessonState]
    }

    static func snapshot(_ state: AppState) -> Snapshot? {
        guard let session = state.session else { return nil }
        let lessons = open(state)
        return lessons.isEmpty ? nil : Snapshot(detainee: session.account.id, lessons: lessons)
    }

    /// The effects that save the lessons open before the action and gone after it.
    static func update(_ state: AppState, before: Snapshot?) -> [Effect] {
        guard let before else { return [] }
        let still = state.session?.account.id == before.detainee ? open(state) : []
        return before.lessons
            .filter { lesson in !still.contains { $0.courseID == lesson.courseID && $0.lessonID == lesson.lessonID } }
            .map { .saveLessonPosition(course: $0.courseID, lesson: $0.lessonID, detainee: before.detainee, line: $0.offset,
                                       finished: $0.hasReachedEnd) }
    }

    /// The lessons on the stack; none once the kiosk stops.
    private static func open(_ state: AppState) -> [LessonState] {
        if state.isStopping { return [] }
        return state.stack.compactMap { route in
            if case .lesson(let lesson) = route { return lesson }
            return nil
        }
    }
}

/// A course's page: its steps, enrolling on the first one opened, and the learner's progress
/// as every save returns it.
enum CourseFeature {
    /// Shows a course's page, loading.
    static func open(_ id: String, _ state: inout AppState) -> [Effect] {
        guard let session = state.session else { return [] }
        state.stack.append(.course(CourseState(id: id)))
        return [.loadCourse(id: id, detainee: session.account.id)]
    }

    // MARK: - Keys

    static func page(_ page: inout CourseState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return CourseCatalogFeature.refresh(state)
        case .enter, .right:
            guard page.opening == nil, let session = state.session, let content = page.content,
                  let step = content.steps[safe: page.selection] else { break }
            if page.progress?.enrolledAt == nil {
                // A step opened is always one of an enrolled course: enrol first, open after.
                page.opening = step.id
                state.route = .course(page)
                return [.enrolInCourse(course: page.id, detainee: session.account.id)]
            }
            state.route = .course(page)
            return openStep(step, of: content, progress: page.progress, &state)
        default:
            ListKeys.move(&page.selection, count: page.content?.steps.count ?? 0, key: key)
        }
        state.route = .course(page)
        return []
    }

    // MARK: - Results

    static func loaded(_ content: CourseContent, _ progress: CourseProgress, state: inout AppState) {
        guard case .course(var page) = state.route, page.id == content.id else { return }
        page.content = content
        page.progress = progress
        page.isMissing = false
        page.failure = nil
        page.selection = CourseState.resumeIndex(content, progress)
        state.route = .course(page)
    }

    static func missing(_ id: String, state: inout AppState) {
        guard case .course(var page) = state.route, page.id == id else { return }
        page.isMissing = true
        page.opening = nil
        state.route = .course(page)
    }

    /// A save returned the learner's progress: the course's page shows it and selects the step
    /// to resume, a quiz just recorded keeps it, and a step waiting for the enrolment opens.
    static func progressSaved(_ progress: CourseProgress, state: inout AppState) -> [Effect] {
        for index in state.stack.indices {
            switch state.stack[index] {
            case .course(var page) where page.id == progress.courseID:
                page.progress = progress
                page.failure = nil
                if page.opening == nil, let content = page.content {
                    page.selection = CourseState.resumeIndex(content, progress)
                }
                state.stack[index] = .course(page)
            case .quiz(var quiz) where quiz.courseID == progress.courseID && quiz.isComplete:
                quiz.saved = progress
                state.stack[index] = .quiz(quiz)
            default:
                break
            }
        }
        guard case .course(var page) = state.route, page.id == progress.courseID, let id = page.opening else { return [] }
        page.opening = nil
        state.route = .course(page)
        guard progress.enrolledAt != nil, let content = page.content, let step = content.steps.first(where: { $0.id == id })
        else { return [] }
        return openStep(step, of: content, progress: progress, &state)
    }

    /// The store failed while a course screen waited: it stops waiting and says so.
    static func failed(_ failure: StoreFailure, state: inout AppState) -> Bool {
        switch state.route {
        case .courses(var catalogue): catalogue.failure = failure; state.route = .courses(catalogue)
        case .courseHistory(var history): history.failure = failure; state.route = .courseHistory(history)
        case .course(var page): page.failure = failure; page.opening = nil; state.route = .course(page)
        case .quiz(var quiz): quiz.failure = failure; state.route = .quiz(quiz)
        case .lesson(var lesson): lesson.failure = failure; state.route = .lesson(lesson)
        default: return false
        }
        return true
    }

    // MARK: - Steps

    static func openStep(_ step: CourseStep, of content: CourseContent, progress: CourseProgress?,
                         _ state: inout AppState) -> [Effect] {
        switch step {
        case .lesson(let lesson):
            state.stack.append(.lesson(LessonState(course: content, lesson: lesson,
                                                   line: progress?.lessonPositions[lesson.id] ?? 0)))
            return []
        case .quiz(let quiz):
            let taking = QuizState(courseID: content.id, quiz: quiz, passMark: content.passMark)
            state.stack.append(.quiz(taking))
            // A quiz without questions is over at once, and passed.
            return taking.isComplete ? QuizFeature.record(taking, state) : []
        }
    }
}

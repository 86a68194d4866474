/// The course catalogue and the learner's history of completed courses.
///
/// Whether the courses are open at all (profile, hours, daily time) is decided by
/// `SectionGate`, before any of these screens is shown.
enum CourseCatalogFeature {
    /// The catalogue, as the gate opens it: every course, loading.
    static func enter(_ state: AppState) -> (Route, [Effect]) {
        let catalogue = CourseCatalogState()
        return (.courses(catalogue), load(catalogue.filter, state))
    }

    // MARK: - Keys

    static func catalogue(_ catalogue: inout CourseCatalogState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.goBack()
            return []
        case .enter:
            state.route = .courses(catalogue)
            guard let course = catalogue.courses?[safe: catalogue.selection] else { return [] }
            return CourseFeature.open(course.id, &state)
        case .function(4):
            state.route = .courses(catalogue)
            state.stack.append(.courseHistory(CourseHistoryState()))
            return loadHistory(state)
        case .tab, .backTab:
            catalogue.filter.language = cycle(catalogue.filter.language, in: CourseCatalogState.languages, forward: key == .tab)
            return reload(&catalogue, &state)
        case .function(3):
            catalogue.filter.category = cycle(catalogue.filter.category, in: CourseCatalogState.categories, forward: true)
            return reload(&catalogue, &state)
        case .up, .down, .pageUp, .pageDown, .home, .end:
            ListKeys.move(&catalogue.selection, count: catalogue.courses?.count ?? 0, key: key)
        default:
            // The field always has the focus: what is typed narrows the list at once.
            if TextEditing.edit(&catalogue.filter.search, key: key, limit: CourseCatalogState.maxSearchLength) {
                return reload(&catalogue, &state)
            }
        }
        state.route = .courses(catalogue)
        return []
    }

    static func history(_ history: inout CourseHistoryState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape, .backspace, .left, .function(4):
            state.goBack()
            return []
        case .enter, .right:
            state.route = .courseHistory(history)
            guard let completion = history.completions?[safe: history.selection] else { return [] }
            return CourseFeature.open(completion.courseID, &state)
        default:
            ListKeys.move(&history.selection, count: history.completions?.count ?? 0, key: key)
            state.route = .courseHistory(history)
            return []
        }
    }

    // MARK: - Results

    static func loaded(_ filter: CourseFilter, _ list: CourseList, state: inout AppState) {
        // Results of an older filter (typed or changed over since) are dropped.
        guard case .courses(var catalogue) = state.route, catalogue.filter == filter else { return }
        catalogue.courses = list.courses
        catalogue.matching = list.matching
        catalogue.failure = nil
        catalogue.selection = min(catalogue.selection, max(0, list.courses.count - 1))
        state.route = .courses(catalogue)
    }

    static func historyLoaded(_ completions: [CourseCompletion], state: inout AppState) {
        guard case .courseHistory(var history) = state.route else { return }
        history.completions = completions
        history.failure = nil
        history.selection = min(history.selection, max(0, completions.count - 1))
        state.route = .courseHistory(history)
    }

    /// Loads again the list on screen, as a course page left it: the standing may have changed.
    static func refresh(_ state: AppState) -> [Effect] {
        switch state.route {
        case .courses(let catalogue): load(catalogue.filter, state)
        case .courseHistory: loadHistory(state)
        default: []
        }
    }

    // MARK: - Effects

    private static func reload(_ catalogue: inout CourseCatalogState, _ state: inout AppState) -> [Effect] {
        catalogue.courses = nil
        catalogue.matching = 0
        catalogue.failure = nil
        catalogue.selection = 0
        state.route = .courses(catalogue)
        return load(catalogue.filter, state)
    }

    private static func load(_ filter: CourseFilter, _ state: AppState) -> [Effect] {
        guard let session = state.session else { return [] }
        return [.loadCourses(detainee: session.account.id, filter: filter)]
    }

    private static func loadHistory(_ state: AppState) -> [Effect] {
        guard let session = state.session else { return [] }
        return [.loadCourseHistory(detainee: session.account.id)]
    }

    /// The value after (or before) `current` in `values`, wrapping.
    private static func cycle<Value: Equatable>(_ current: Value, in values: [Value], forward: Bool) -> Value {
        let index = values.firstIndex(of: current) ?? 0
        return values[(index + (forward ? 1 : values.count - 1)) % values.count]
    }
}

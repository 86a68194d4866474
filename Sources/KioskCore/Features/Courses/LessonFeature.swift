/// Reading a lesson: scrolling within what the screen measured, and following a link to
/// another lesson of the course. Where the learner stands is saved by `LessonTracking` when
/// the lesson leaves the stack.
enum LessonFeature {
    static func reader(_ lesson: inout LessonState, _ state: inout AppState, key: Key) -> [Effect] {
        if let offset = lesson.measure.scrolled(lesson.offset, by: key) {
            lesson.offset = offset
            settle(&lesson)
            state.route = .lesson(lesson)
            return []
        }
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return []
        case .tab, .backTab:
            let count = lesson.links.count
            guard count > 0 else { break }
            if let current = lesson.selectedLink {
                lesson.selectedLink = (current + (key == .tab ? 1 : count - 1)) % count
            } else {
                lesson.selectedLink = key == .tab ? 0 : count - 1
            }
        case .enter:
            if let link = lesson.selectedLink.flatMap({ lesson.links[safe: $0] }), follow(link, from: lesson, &state) {
                return []
            }
        default:
            break
        }
        settle(&lesson)
        state.route = .lesson(lesson)
        return []
    }

    static func measured(_ measure: PageMeasure, state: inout AppState) {
        guard case .lesson(var lesson) = state.route else { return }
        lesson.measure = measure
        settle(&lesson)
        state.route = .lesson(lesson)
    }

    /// Keeps the offset on the text once it is measured (a saved line past a shorter text
    /// comes back to the last page), and notes when the last page is on screen.
    private static func settle(_ lesson: inout LessonState) {
        guard lesson.isMeasured else {
            lesson.offset = max(0, lesson.offset)
            return
        }
        lesson.offset = min(max(0, lesson.offset), lesson.maxOffset)
        if lesson.offset >= lesson.maxOffset { lesson.hasReachedEnd = true }
    }

    /// Replaces the lesson on screen with the one the link leads to, at the line the learner
    /// left it; false when the course's page no longer has it.
    private static func follow(_ link: LessonState.Link, from lesson: LessonState, _ state: inout AppState) -> Bool {
        let page = state.stack.lazy.reversed().compactMap { route -> CourseState? in
            if case .course(let page) = route, page.id == lesson.courseID { return page }
            return nil
        }.first
        guard let content = page?.content, let target = content.lessons.first(where: { $0.id == link.lessonID }) else {
            return false
        }
        state.route = .lesson(LessonState(course: content, lesson: target,
                                          line: page?.progress?.lessonPositions[target.id] ?? 0))
        return true
    }
}

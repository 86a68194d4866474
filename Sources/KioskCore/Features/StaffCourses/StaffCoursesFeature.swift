import Foundation

/// The staff side of courses (officers and administrators): the course list, the learners of
/// one course, and assigning it to a detainee by prison number.
///
/// The core checks that a number is 1 to 12 digits before the store sees it, with the message
/// in the staff member's language; the store refuses an unknown number or course in its own
/// words, and writes the enrolment and its `course.assigned` audit line in one transaction.
enum StaffCoursesFeature {
    // MARK: - Keys

    static func list(_ list: inout StaffCoursesState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.goBack()
            return []
        case .enter, .right:
            state.route = .staffCourses(list)
            guard let course = list.selected else { return [] }
            state.stack.append(.courseLearners(CourseLearnersState(course: course)))
            return [.loadCourseLearners(course: course.id)]
        default:
            ListKeys.move(&list.selection, count: list.courses?.count ?? 0, key: key)
        }
        state.route = .staffCourses(list)
        return []
    }

    static func learners(_ page: inout CourseLearnersState, _ state: inout AppState, key: Key) -> [Effect] {
        if page.isAssigning { return field(&page, &state, key: key) }
        switch key {
        case .escape:
            // The counts of the list may have changed: it loads again.
            state.goBack()
            return [.loadCourseSummaries]
        case .function(2), .insert:
            page.number = ""
            page.outcome = nil
        default:
            ListKeys.move(&page.selection, count: page.learners?.count ?? 0, key: key)
        }
        state.route = .courseLearners(page)
        return []
    }

    /// Keys while the prison number field is open: type, Enter assigns, Esc closes the field.
    private static func field(_ page: inout CourseLearnersState, _ state: inout AppState, key: Key) -> [Effect] {
        var effects: [Effect] = []
        switch key {
        case .escape:
            page.number = nil
            page.outcome = nil
        case .enter:
            if let number = validNumber(page.number ?? "") {
                page.outcome = nil
                effects = [.assignCourse(course: page.course.id, toDetainee: number, by: state.changeAuthor)]
            } else {
                page.outcome = .invalid(.courseAssignNumberInvalid)
            }
        default:
            var number = page.number ?? ""
            if TextEditing.edit(&number, key: key, limit: CourseLearnersState.maxNumberLength) {
                page.number = number
                page.outcome = nil
            }
        }
        state.route = .courseLearners(page)
        return effects
    }

    /// The number typed, without surrounding spaces, when it is 1 to 12 ASCII digits.
    static func validNumber(_ typed: String) -> String? {
        let number = typed.trimmingCharacters(in: .whitespaces)
        guard (1...CourseLearnersState.maxNumberLength).contains(number.count),
              number.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return number
    }

    // MARK: - Results

    static func summariesLoaded(_ courses: [CourseStaffSummary], state: inout AppState) {
        guard case .staffCourses(var list) = state.route else { return }
        list.courses = courses
        list.selection = min(list.selection, max(0, courses.count - 1))
        list.outcome = nil
        state.route = .staffCourses(list)
    }

    static func learnersLoaded(course: String, _ learners: [CourseLearner], state: inout AppState) {
        guard case .courseLearners(var page) = state.route, page.course.id == course else { return }
        show(learners, on: &page)
        state.route = .courseLearners(page)
    }

    /// The course was assigned to `number`: the field closes, the fresh list selects them and
    /// says saved.
    static func assigned(course: String, to number: String, _ learners: [CourseLearner], state: inout AppState) {
        guard case .courseLearners(var page) = state.route, page.course.id == course else { return }
        show(learners, on: &page)
        if let row = learners.firstIndex(where: { $0.number == number }) { page.selection = row }
        page.number = nil
        page.outcome = .saved
        state.route = .courseLearners(page)
    }

    /// Fresh learners, and the course's counts taken from them.
    private static func show(_ learners: [CourseLearner], on page: inout CourseLearnersState) {
        page.learners = learners
        page.selection = min(page.selection, max(0, learners.count - 1))
        page.course.enrolled = learners.count
        page.course.completed = learners.filter { $0.completedAt != nil }.count
    }
}

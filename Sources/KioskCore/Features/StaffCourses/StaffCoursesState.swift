/// The courses as staff see them: each with its language, steps, enrolled and completed
/// learners; Enter opens the learners of the selected one.
public struct StaffCoursesState: Equatable, Sendable {
    /// Every course, by id; nil while they load.
    public var courses: [CourseStaffSummary]?
    public var selection: Int
    /// Why the list could not be read (a store failure); nil otherwise.
    public var outcome: SaveOutcome?

    public init(courses: [CourseStaffSummary]? = nil, selection: Int = 0, outcome: SaveOutcome? = nil) {
        self.courses = courses
        self.selection = selection
        self.outcome = outcome
    }

    public var selected: CourseStaffSummary? {
        guard let courses, courses.indices.contains(selection) else { return nil }
        return courses[selection]
    }
}

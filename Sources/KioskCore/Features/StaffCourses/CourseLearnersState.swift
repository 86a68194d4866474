/// The learners of one course, for staff; F2 opens a one-line field where a prison number is
/// typed, and Enter assigns the course to that detainee.
public struct CourseLearnersState: Equatable, Sendable {
    /// The longest prison number (as the accounts allow it).
    public static let maxNumberLength = 12

    /// The course, as the list showed it when it was opened.
    public var course: CourseStaffSummary
    /// Its learners, by prison number; nil while they load.
    public var learners: [CourseLearner]?
    public var selection: Int
    /// The prison number typed after F2; nil while the field is closed.
    public var number: String?
    /// What became of the last assignment: saved, refused (and why), or a store failure.
    public var outcome: SaveOutcome?

    public init(course: CourseStaffSummary, learners: [CourseLearner]? = nil, selection: Int = 0, number: String? = nil,
                outcome: SaveOutcome? = nil) {
        self.course = course
        self.learners = learners
        self.selection = selection
        self.number = number
        self.outcome = outcome
    }

    /// Whether the prison number field is open (and has the keys).
    public var isAssigning: Bool { number != nil }
}

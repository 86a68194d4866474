import Foundation

/// One learner of one course, as staff see them: who, how far, since when and on whose word.
public struct CourseLearner: Equatable, Sendable {
    /// The detainee's prison number.
    public var number: String
    public var name: String
    public var enrolledAt: Date
    /// Who assigned the course, as the audit log names them (`staff:officer`); nil when the
    /// learner enrolled themself.
    public var assignedBy: String?
    /// Lessons read and quizzes passed, among the course's current steps.
    public var stepsDone: Int
    public var stepCount: Int
    public var completedAt: Date?

    public init(number: String, name: String, enrolledAt: Date, assignedBy: String? = nil, stepsDone: Int = 0, stepCount: Int,
                completedAt: Date? = nil) {
        self.number = number
        self.name = name
        self.enrolledAt = enrolledAt
        self.assignedBy = assignedBy
        self.stepsDone = stepsDone
        self.stepCount = stepCount
        self.completedAt = completedAt
    }
}

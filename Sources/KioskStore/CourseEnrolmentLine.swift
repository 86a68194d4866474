import Foundation

/// One learner of one course, as staff see them (`kiosk courses enrolments`).
public struct EnrolmentLine: Equatable, Sendable {
    /// The detainee's prison number.
    public var number: String
    public var name: String
    public var enrolledAt: Date
    /// The member of staff who assigned the course; nil when the learner enrolled.
    public var assignedBy: String?
    /// Lessons read and quizzes passed, among the course's current steps.
    public var stepsDone: Int
    public var stepCount: Int
    public var completedAt: Date?

    public init(number: String, name: String, enrolledAt: Date, assignedBy: String?, stepsDone: Int, stepCount: Int,
                completedAt: Date?) {
        self.number = number
        self.name = name
        self.enrolledAt = enrolledAt
        self.assignedBy = assignedBy
        self.stepsDone = stepsDone
        self.stepCount = stepCount
        self.completedAt = completedAt
    }
}

import Foundation

/// One course as staff see it: what it is, and how many follow and finished it.
public struct CourseStaffSummary: Equatable, Sendable {
    public var id: String
    public var title: String
    public var language: Language
    /// Lessons and quizzes.
    public var stepCount: Int
    /// Learners enrolled, by themselves or by staff, completed or not.
    public var enrolled: Int
    /// Learners who completed the course.
    public var completed: Int

    public init(id: String, title: String, language: Language, stepCount: Int, enrolled: Int = 0, completed: Int = 0) {
        self.id = id
        self.title = title
        self.language = language
        self.stepCount = stepCount
        self.enrolled = enrolled
        self.completed = completed
    }
}

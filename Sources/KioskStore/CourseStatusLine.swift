import Foundation
import KioskCore

/// One imported course as `kiosk courses list` shows it.
public struct CourseStatusLine: Equatable, Sendable {
    public var id: String
    public var title: String
    public var language: Language
    /// Lessons and quizzes.
    public var steps: Int
    /// Learners enrolled, by themselves or by staff, completed or not.
    public var enrolled: Int
    /// Learners who completed the course.
    public var completed: Int
    /// 1 at the first import, one more at each import after it.
    public var version: Int
    public var importedAt: Date

    public init(id: String, title: String, language: Language, steps: Int, enrolled: Int, completed: Int,
                version: Int, importedAt: Date) {
        self.id = id
        self.title = title
        self.language = language
        self.steps = steps
        self.enrolled = enrolled
        self.completed = completed
        self.version = version
        self.importedAt = importedAt
    }
}

import Foundation

/// One line of the course catalogue, with the learner's standing in it.
public struct CourseSummary: Equatable, Sendable {
    public var id: String
    public var title: String
    public var summary: String
    public var language: Language
    public var category: CourseCategory
    public var level: CourseLevel
    public var minutes: Int
    /// Lessons and quizzes.
    public var stepCount: Int
    /// Steps done by this learner (lessons read, quizzes passed).
    public var stepsDone: Int
    public var enrolledAt: Date?
    public var completedAt: Date?

    public init(id: String, title: String, summary: String, language: Language, category: CourseCategory,
                level: CourseLevel, minutes: Int, stepCount: Int, stepsDone: Int = 0, enrolledAt: Date? = nil,
                completedAt: Date? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.language = language
        self.category = category
        self.level = level
        self.minutes = minutes
        self.stepCount = stepCount
        self.stepsDone = stepsDone
        self.enrolledAt = enrolledAt
        self.completedAt = completedAt
    }
}

/// What the catalogue asks for: a language, a category, words typed (all optional).
public struct CourseFilter: Equatable, Sendable {
    public var language: Language?
    public var category: CourseCategory?
    /// Typed text, never search syntax; words are matched as prefixes, accents and case ignored.
    public var search: String

    public init(language: Language? = nil, category: CourseCategory? = nil, search: String = "") {
        self.language = language
        self.category = category
        self.search = search
    }
}

/// A completed course in a learner's history.
public struct CourseCompletion: Equatable, Sendable {
    public var courseID: String
    public var title: String
    public var completedAt: Date

    public init(courseID: String, title: String, completedAt: Date) {
        self.courseID = courseID
        self.title = title
        self.completedAt = completedAt
    }
}

import Foundation

/// Where one learner stands in one course.
public struct CourseProgress: Equatable, Sendable {
    public var courseID: String
    /// Nil until the learner enrols (or staff assign the course).
    public var enrolledAt: Date?
    /// Set once every lesson is read and every quiz passed at the course's pass mark.
    public var completedAt: Date?
    /// Lessons read to their end, by id.
    public var lessonsRead: Set<String>
    /// The first line shown when the learner last left each lesson, by lesson id: where the
    /// reader resumes.
    public var lessonPositions: [String: Int]
    /// The best attempt at each quiz, by quiz id.
    public var quizScores: [String: QuizScore]
    /// The step the learner was on last; the course page offers to resume there.
    public var lastStep: String?

    public init(courseID: String, enrolledAt: Date? = nil, completedAt: Date? = nil, lessonsRead: Set<String> = [],
                lessonPositions: [String: Int] = [:], quizScores: [String: QuizScore] = [:], lastStep: String? = nil) {
        self.courseID = courseID
        self.enrolledAt = enrolledAt
        self.completedAt = completedAt
        self.lessonsRead = lessonsRead
        self.lessonPositions = lessonPositions
        self.quizScores = quizScores
        self.lastStep = lastStep
    }

    /// Whether a step is done: a lesson read, a quiz passed.
    public func isDone(_ step: CourseStep) -> Bool {
        switch step {
        case .lesson(let lesson): lessonsRead.contains(lesson.id)
        case .quiz(let quiz): quizScores[quiz.id]?.passed == true
        }
    }
}

/// A quiz attempt's result.
public struct QuizScore: Equatable, Sendable {
    public var right: Int
    public var total: Int
    /// Whether `right` out of `total` reaches the pass mark the course had at that moment.
    public var passed: Bool
    public var at: Date

    public init(right: Int, total: Int, passed: Bool, at: Date) {
        self.right = right
        self.total = total
        self.passed = passed
        self.at = at
    }

    /// Whether `right` of `total` reaches `passMark` percent (an empty quiz passes).
    public static func passes(right: Int, total: Int, passMark: Int) -> Bool {
        total == 0 || right * 100 >= passMark * total
    }
}

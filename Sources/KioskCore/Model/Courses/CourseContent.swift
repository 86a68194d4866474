/// A course as its content package describes it: what the importer keeps and learners follow.
///
/// A course is a sequence of steps, lessons and quizzes, in the order the package lists them.
/// Ids are stable across versions of a package (the folder name, the file names), so importing
/// a new version keeps every learner's progress on the steps that are still there.
public struct CourseContent: Equatable, Sendable {
    /// The package's folder name: lower-case letters, digits and `-`; never changes.
    public var id: String
    /// Plain text, one line.
    public var title: String
    /// Plain text, a few lines.
    public var summary: String
    public var language: Language
    public var category: CourseCategory
    public var level: CourseLevel
    /// The author's estimate of the time the whole course takes.
    public var minutes: Int
    /// The share of right answers, in percent, a quiz needs to be passed (1...100).
    public var passMark: Int
    public var steps: [CourseStep]

    public init(id: String, title: String, summary: String, language: Language, category: CourseCategory,
                level: CourseLevel, minutes: Int, passMark: Int, steps: [CourseStep]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.language = language
        self.category = category
        self.level = level
        self.minutes = minutes
        self.passMark = passMark
        self.steps = steps
    }

    public var lessons: [LessonContent] {
        steps.compactMap { if case .lesson(let lesson) = $0 { lesson } else { nil } }
    }

    public var quizzes: [QuizContent] {
        steps.compactMap { if case .quiz(let quiz) = $0 { quiz } else { nil } }
    }
}

/// One step of a course.
public enum CourseStep: Equatable, Codable, Sendable {
    case lesson(LessonContent)
    case quiz(QuizContent)

    /// The step's id, unique within its course (the file name without extension).
    public var id: String {
        switch self {
        case .lesson(let lesson): lesson.id
        case .quiz(let quiz): quiz.id
        }
    }

    public var title: String {
        switch self {
        case .lesson(let lesson): lesson.title
        case .quiz(let quiz): quiz.title
        }
    }
}

/// What a course is about; the catalogue filters by it.
public enum CourseCategory: String, CaseIterable, Codable, Sendable {
    /// Computers, the keyboard, online services.
    case digital
    /// Looking for work, applications, interviews.
    case work
    /// Budget, debts, administration.
    case money
    /// Preparing release: housing, papers, services outside.
    case release
    /// Languages, reading, writing.
    case language
    /// Health, sport, well-being.
    case health
}

/// How much a course expects of a learner.
public enum CourseLevel: String, CaseIterable, Codable, Sendable {
    case beginner, intermediate, advanced
}

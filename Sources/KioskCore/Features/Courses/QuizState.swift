/// Taking a quiz: one question at a time, what was right after each answer, the score at the end.
public struct QuizState: Equatable, Sendable {
    /// Where the learner is with the question on screen.
    public enum Stage: Equatable, Sendable {
        /// The question waits for an answer.
        case asking
        /// The answer was given: right or wrong, the right answer and the explanation show.
        case answered
        /// Every question is answered: the score shows.
        case finished
    }

    /// Longest short answer accepted, in characters.
    public static let maxAnswerLength = 80

    public var courseID: String
    public var quiz: QuizContent
    /// The course's pass mark, in percent.
    public var passMark: Int
    /// The question on screen.
    public var index: Int
    public var stage: Stage
    /// The highlighted choice of a choice question.
    public var selection: Int
    /// The choices ticked in a multiple-choice question.
    public var ticked: Set<Int>
    /// The text typed for a short-answer question.
    public var typed: String
    /// Whether each question answered so far was answered right, in order.
    public var results: [Bool]
    /// The learner's progress once the attempt is recorded; nil before.
    public var saved: CourseProgress?
    /// The store could not record the attempt: the screen says so.
    public var failure: StoreFailure?

    public init(courseID: String, quiz: QuizContent, passMark: Int, index: Int = 0, stage: Stage? = nil, selection: Int = 0,
                ticked: Set<Int> = [], typed: String = "", results: [Bool] = [], saved: CourseProgress? = nil) {
        self.courseID = courseID
        self.quiz = quiz
        self.passMark = passMark
        self.index = index
        self.stage = stage ?? (quiz.questions.isEmpty ? .finished : .asking)
        self.selection = selection
        self.ticked = ticked
        self.typed = typed
        self.results = results
        self.saved = saved
    }

    /// The question on screen; nil for a quiz without questions.
    public var question: QuizQuestion? { quiz.questions[safe: index] }

    /// Questions answered right so far.
    public var right: Int { results.filter { $0 }.count }

    public var total: Int { quiz.questions.count }

    /// Whether every question has been answered (the attempt is then recorded).
    public var isComplete: Bool { results.count >= total }

    /// Whether the score reaches the course's pass mark.
    public var passed: Bool { QuizScore.passes(right: right, total: total, passMark: passMark) }
}

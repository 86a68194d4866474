/// A quiz: questions answered in one go, scored against the course's pass mark.
public struct QuizContent: Equatable, Codable, Sendable {
    /// The file name without extension, unique within the course.
    public var id: String
    public var title: String
    public var questions: [QuizQuestion]

    public init(id: String, title: String, questions: [QuizQuestion]) {
        self.id = id
        self.title = title
        self.questions = questions
    }
}

/// One question, with what counts as right and what the learner is told afterwards.
public struct QuizQuestion: Equatable, Codable, Sendable {
    /// How the question is answered.
    public enum Kind: Equatable, Codable, Sendable {
        /// One choice; `correct` is its index in `choices`.
        case singleChoice(choices: [String], correct: Int)
        /// Any number of choices; right when exactly the `correct` indices are chosen.
        case multipleChoice(choices: [String], correct: Set<Int>)
        /// Typed text; right when it matches one of `accepted` once case, accents, spaces and
        /// final punctuation are set aside.
        case shortAnswer(accepted: [String])
    }

    /// Plain text, may wrap.
    public var text: String
    public var kind: Kind
    /// Shown after the answer, right or wrong (why the answer is what it is); may be empty.
    public var explanation: String

    public init(text: String, kind: Kind, explanation: String = "") {
        self.text = text
        self.kind = kind
        self.explanation = explanation
    }
}

/// A learner's answer to one question.
public enum QuizAnswer: Equatable, Codable, Sendable {
    case choice(Int)
    case choices(Set<Int>)
    case text(String)
}

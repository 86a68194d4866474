/// Taking a quiz: answering each question, seeing whether it was right, then the score.
///
/// The attempt is recorded as soon as the last question is answered, so leaving on the last
/// explanation loses nothing; leaving earlier records nothing (half a quiz is no attempt).
enum QuizFeature {
    static func quiz(_ quiz: inout QuizState, _ state: inout AppState, key: Key) -> [Effect] {
        if key == .escape { return leave(quiz, &state) }
        switch quiz.stage {
        case .asking:
            return ask(&quiz, &state, key: key)
        case .answered:
            if key == .enter { next(&quiz) }
        case .finished:
            if key == .enter { return leave(quiz, &state) }
        }
        state.route = .quiz(quiz)
        return []
    }

    /// The effect that records a finished attempt.
    static func record(_ quiz: QuizState, _ state: AppState) -> [Effect] {
        guard let session = state.session else { return [] }
        return [.recordQuizAttempt(course: quiz.courseID, quiz: quiz.quiz.id, detainee: session.account.id,
                                   right: quiz.right, total: quiz.total)]
    }

    private static func ask(_ quiz: inout QuizState, _ state: inout AppState, key: Key) -> [Effect] {
        guard let question = quiz.question else { return [] }
        var answer: QuizAnswer?
        switch question.kind {
        case .singleChoice(let choices, _):
            if key == .enter {
                answer = .choice(quiz.selection)
            } else if let choice = digit(key, among: choices.count) {
                quiz.selection = choice
                answer = .choice(choice)
            } else {
                ListKeys.move(&quiz.selection, count: choices.count, key: key)
            }
        case .multipleChoice(let choices, _):
            if key == .enter {
                if !quiz.ticked.isEmpty { answer = .choices(quiz.ticked) }
            } else if key == .character(" ") {
                toggle(quiz.selection, in: &quiz.ticked)
            } else if let choice = digit(key, among: choices.count) {
                quiz.selection = choice
                toggle(choice, in: &quiz.ticked)
            } else {
                ListKeys.move(&quiz.selection, count: choices.count, key: key)
            }
        case .shortAnswer:
            if key == .enter {
                if !quiz.typed.trimmingCharacters(in: .whitespaces).isEmpty { answer = .text(quiz.typed) }
            } else {
                _ = TextEditing.edit(&quiz.typed, key: key, limit: QuizState.maxAnswerLength)
            }
        }
        var effects: [Effect] = []
        if let answer {
            quiz.results.append(QuizGrading.isRight(question, answer))
            quiz.stage = .answered
            if quiz.isComplete { effects = record(quiz, state) }
        }
        state.route = .quiz(quiz)
        return effects
    }

    /// On to the next question, or to the score after the last.
    private static func next(_ quiz: inout QuizState) {
        guard quiz.index + 1 < quiz.total else {
            quiz.stage = .finished
            return
        }
        quiz.index += 1
        quiz.stage = .asking
        quiz.selection = 0
        quiz.ticked = []
        quiz.typed = ""
    }

    /// Back to the course's page, which loads again once an attempt was recorded.
    private static func leave(_ quiz: QuizState, _ state: inout AppState) -> [Effect] {
        state.goBack()
        guard quiz.isComplete, let session = state.session else { return [] }
        return [.loadCourse(id: quiz.courseID, detainee: session.account.id)]
    }

    /// The choice a digit key names (1 for the first), if there is one.
    private static func digit(_ key: Key, among count: Int) -> Int? {
        guard case .character(let character) = key, let digit = character.wholeNumberValue, digit >= 1, digit <= count
        else { return nil }
        return digit - 1
    }

    private static func toggle(_ choice: Int, in ticked: inout Set<Int>) {
        if ticked.contains(choice) { ticked.remove(choice) } else { ticked.insert(choice) }
    }
}

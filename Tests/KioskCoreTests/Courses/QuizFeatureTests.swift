@testable import KioskCore
import XCTest

final class QuizFeatureTests: XCTestCase {
    /// Jean taking the quiz, on its first question, over the course's page.
    private func taking(_ quiz: QuizState = QuizState(courseID: "budget", quiz: .check, passMark: 60)) -> TestStore {
        var state = AppState.onCourse(selection: 2)
        state.stack.append(.quiz(quiz))
        return TestStore(state)
    }

    private func quiz(_ index: Int = 0, _ stage: QuizState.Stage = .asking, selection: Int = 0, ticked: Set<Int> = [],
                      typed: String = "", results: [Bool] = [], saved: CourseProgress? = nil) -> Route {
        .quiz(QuizState(courseID: "budget", quiz: .check, passMark: 60, index: index, stage: stage, selection: selection,
                        ticked: ticked, typed: typed, results: results, saved: saved))
    }

    func testAWholeQuizRightWrongRightThenTheScoreIsRecordedAndThePageReloads() {
        var store = taking()
        // Single choice: ↓ then Enter answers "4", which is right
        store.send(.keyPressed(.down)) { $0.route = self.quiz(selection: 1) }
        store.send(.keyPressed(.enter)) { $0.route = self.quiz(0, .answered, selection: 1, results: [true]) }
        // Enter goes on to the next question
        store.send(.keyPressed(.enter)) { $0.route = self.quiz(1, results: [true]) }
        // Multiple choice: Space ticks the first, 2 ticks the second (a wrong one), Enter confirms: wrong
        store.send(.keyPressed(.character(" "))) { $0.route = self.quiz(1, ticked: [0], results: [true]) }
        store.send(.keyPressed(.character("2"))) { $0.route = self.quiz(1, selection: 1, ticked: [0, 1], results: [true]) }
        store.send(.keyPressed(.enter)) {
            $0.route = self.quiz(1, .answered, selection: 1, ticked: [0, 1], results: [true, false])
        }
        store.send(.keyPressed(.enter)) { $0.route = self.quiz(2, results: [true, false]) }
        // Short answer: typed with capitals, spaces and a full stop, it is right; the attempt is
        // recorded as soon as the last answer is given
        store.type(" BRUXELLES.")
        XCTAssertEqual(store.state.route, quiz(2, typed: " BRUXELLES.", results: [true, false]))
        store.send(.keyPressed(.enter),
                   effects: [.recordQuizAttempt(course: "budget", quiz: "03-check", detainee: 1, right: 2, total: 3)]) {
            $0.route = self.quiz(2, .answered, typed: " BRUXELLES.", results: [true, false, true])
        }
        // Then the saved progress reaches the quiz and the course's page under it
        var progress = CourseProgress.enrolled
        progress.quizScores = ["03-check": QuizScore(right: 2, total: 3, passed: true, at: .morning)]
        progress.lastStep = "03-check"
        store.send(.courseProgressSaved(progress)) {
            $0.route = self.quiz(2, .answered, typed: " BRUXELLES.", results: [true, false, true], saved: progress)
            $0.stack[2] = .course(CourseState(id: "budget", content: .budget, progress: progress, selection: 0))
        }
        // And Enter shows the score (2 of 3 reaches 60%), then Enter goes back to the page, which loads again
        store.send(.keyPressed(.enter)) {
            $0.route = self.quiz(2, .finished, typed: " BRUXELLES.", results: [true, false, true], saved: progress)
        }
        XCTAssertTrue(QuizState(courseID: "budget", quiz: .check, passMark: 60, results: [true, false, true]).passed)
        store.send(.keyPressed(.enter), effects: [.loadCourse(id: "budget", detainee: 1)]) { $0.stack.removeLast() }
    }

    func testADigitAnswersASingleChoiceAtOnce() {
        var store = taking()
        store.send(.keyPressed(.character("3"))) { $0.route = self.quiz(0, .answered, selection: 2, results: [false]) }
        // And a digit past the choices does nothing
        var other = taking()
        other.send(.keyPressed(.character("7")))
    }

    func testEnterWithNothingTickedOrTypedWaitsForAnAnswer() {
        var multiple = taking(QuizState(courseID: "budget", quiz: .check, passMark: 60, index: 1))
        multiple.send(.keyPressed(.enter))
        // And Space twice unticks
        multiple.send(.keyPressed(.character(" "))) { $0.route = self.quiz(1, ticked: [0]) }
        multiple.send(.keyPressed(.character(" "))) { $0.route = self.quiz(1) }
        var short = taking(QuizState(courseID: "budget", quiz: .check, passMark: 60, index: 2, typed: "  "))
        short.send(.keyPressed(.enter))
    }

    func testLeavingBeforeTheEndRecordsNothing() {
        var store = taking(QuizState(courseID: "budget", quiz: .check, passMark: 60, index: 1, results: [true]))
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
    }

    func testAFailedRecordIsSaidOnTheScore() {
        var store = taking(QuizState(courseID: "budget", quiz: .check, passMark: 60, index: 2, stage: .finished,
                                     results: [false, false, true]))
        store.send(.storeFailed(.notWritable)) {
            var quiz = QuizState(courseID: "budget", quiz: .check, passMark: 60, index: 2, stage: .finished,
                                 results: [false, false, true])
            quiz.failure = .notWritable
            $0.route = .quiz(quiz)
        }
        XCTAssertFalse(QuizState(courseID: "budget", quiz: .check, passMark: 60, results: [false, false, true]).passed)
    }
}

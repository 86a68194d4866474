@testable import KioskCore
import XCTest

final class CourseFeatureTests: XCTestCase {
    func testTheCoursePageLoadsAndSelectsTheStepToResume() {
        // Given Jean on a course's page, loading
        var state = AppState.onCourse()
        state.route = .course(CourseState(id: "budget"))
        var store = TestStore(state)
        // When the course arrives, with the second lesson as the last step (not finished)
        let progress = CourseProgress(courseID: "budget", enrolledAt: .morning, lessonsRead: ["01-income"],
                                      lessonPositions: ["02-spending": 12], lastStep: "02-spending")
        store.send(.courseLoaded(.budget, progress)) {
            // Then the page shows it with the selection on that lesson
            $0.route = .course(CourseState(id: "budget", content: .budget, progress: progress, selection: 1))
        }
        // And a course that arrives for another page is ignored
        var other = CourseContent.budget
        other.id = "other"
        store.send(.courseLoaded(other, CourseProgress(courseID: "other")))
    }

    func testTheStepToResumeIsTheLastOneWhileNotDoneElseTheNextNotDone() {
        let course = CourseContent.budget
        // Nothing done: the first step
        XCTAssertEqual(CourseState.resumeIndex(course, CourseProgress(courseID: "budget")), 0)
        // The last step not done yet: that step
        XCTAssertEqual(CourseState.resumeIndex(course, CourseProgress(courseID: "budget", lastStep: "01-income")), 0)
        // The last step done: the next one not done
        XCTAssertEqual(CourseState.resumeIndex(course, CourseProgress(courseID: "budget", lessonsRead: ["01-income"],
                                                                       lastStep: "01-income")), 1)
        // The quiz done last, a lesson before it not read: back to that lesson
        let passed = QuizScore(right: 3, total: 3, passed: true, at: .morning)
        XCTAssertEqual(CourseState.resumeIndex(course, CourseProgress(courseID: "budget", lessonsRead: ["01-income"],
                                                                       quizScores: ["03-check": passed], lastStep: "03-check")), 1)
        // No last step: the first not done
        XCTAssertEqual(CourseState.resumeIndex(course, CourseProgress(courseID: "budget", lessonsRead: ["01-income"])), 1)
        // Everything done: the last step the learner was on
        XCTAssertEqual(CourseState.resumeIndex(course, CourseProgress(courseID: "budget", lessonsRead: ["01-income", "02-spending"],
                                                                       quizScores: ["03-check": passed], lastStep: "02-spending")), 1)
        // A last step the course no longer has: the first not done
        XCTAssertEqual(CourseState.resumeIndex(course, CourseProgress(courseID: "budget", lastStep: "gone")), 0)
    }

    func testTheFirstStepOpenedEnrolsTheLearnerBeforeItOpens() {
        // Given Jean on a course he has not started
        let fresh = CourseProgress(courseID: "budget")
        var store = TestStore(.onCourse(fresh))
        // When Enter is pressed on the first lesson, he is enrolled first; nothing opens yet
        store.send(.keyPressed(.enter), effects: [.enrolInCourse(course: "budget", detainee: 1)]) {
            $0.route = .course(CourseState(id: "budget", content: .budget, progress: fresh, opening: "01-income"))
        }
        // And another Enter while waiting does nothing
        store.send(.keyPressed(.enter))
        // Then once enrolled, the page keeps the progress and the lesson opens
        store.send(.courseProgressSaved(.enrolled)) {
            $0.route = .course(CourseState(id: "budget", content: .budget, progress: .enrolled))
            $0.stack.append(.lesson(LessonState(course: .budget, lesson: .income)))
        }
    }

    func testAnEnrolledLearnerOpensAStepAtOnceWhereHeLeftIt() {
        // Given Jean enrolled, who left the second lesson at line 12
        var progress = CourseProgress.enrolled
        progress.lessonPositions = ["02-spending": 12]
        var store = TestStore(.onCourse(progress))
        // When he selects it and presses Enter, it opens at that line, without loading anything
        store.send(.keyPressed(.down)) {
            $0.route = .course(CourseState(id: "budget", content: .budget, progress: progress, selection: 1))
        }
        store.send(.keyPressed(.enter)) { $0.stack.append(.lesson(LessonState(course: .budget, lesson: .spending, line: 12))) }
    }

    func testTheQuizStepOpensOnItsFirstQuestion() {
        var store = TestStore(.onCourse(selection: 2))
        store.send(.keyPressed(.enter)) {
            $0.stack.append(.quiz(QuizState(courseID: "budget", quiz: .check, passMark: 60)))
        }
    }

    func testAQuizWithoutQuestionsIsPassedAndRecordedAtOnce() {
        var course = CourseContent.budget
        let empty = QuizContent(id: "03-check", title: "Check", questions: [])
        course.steps[2] = .quiz(empty)
        var state = AppState.onCourse(selection: 2)
        state.route = .course(CourseState(id: "budget", content: course, progress: .enrolled, selection: 2))
        var store = TestStore(state)
        store.send(.keyPressed(.enter),
                   effects: [.recordQuizAttempt(course: "budget", quiz: "03-check", detainee: 1, right: 0, total: 0)]) {
            $0.stack.append(.quiz(QuizState(courseID: "budget", quiz: empty, passMark: 60, stage: .finished)))
        }
    }

    func testAMissingCourseAndAFailedEnrolmentAreSaid() {
        // Given a page loading a course that was removed
        var state = AppState.onCourse()
        state.route = .course(CourseState(id: "budget"))
        var store = TestStore(state)
        store.send(.courseMissing(id: "budget")) { $0.route = .course(CourseState(id: "budget", isMissing: true)) }
        // And a page whose enrolment fails stops waiting and says so
        var enrolling = TestStore(.onCourse(CourseProgress(courseID: "budget")))
        enrolling.send(.keyPressed(.enter), effects: [.enrolInCourse(course: "budget", detainee: 1)]) {
            $0.route = .course(CourseState(id: "budget", content: .budget, progress: CourseProgress(courseID: "budget"),
                                           opening: "01-income"))
        }
        enrolling.send(.storeFailed(.notWritable)) {
            var page = CourseState(id: "budget", content: .budget, progress: CourseProgress(courseID: "budget"))
            page.failure = .notWritable
            $0.route = .course(page)
        }
    }
}

@testable import KioskCore
import XCTest

final class LessonFeatureTests: XCTestCase {
    /// Jean reading the first lesson, over the course's page.
    private func reading(_ lesson: LessonState = LessonState(course: .budget, lesson: .income)) -> TestStore {
        var state = AppState.onCourse()
        state.stack.append(.lesson(lesson))
        return TestStore(state)
    }

    private func lesson(offset: Int = 0, lines: Int = 50, height: Int = 10, end: Bool = false, link: Int? = nil) -> LessonState {
        var lesson = LessonState(course: .budget, lesson: .income, line: offset)
        lesson.measure = PageMeasure(lines: lines, height: height)
        lesson.hasReachedEnd = end
        lesson.selectedLink = link
        return lesson
    }

    func testOnlyLinksToOtherLessonsCanBeFollowedAndWebAddressesAreShown() {
        let lesson = LessonState(course: .budget, lesson: .income)
        XCTAssertEqual(lesson.links, [LessonState.Link(lessonID: "02-spending", title: "Spending")])
        XCTAssertEqual(lesson.document.blocks, [
            .paragraph([.text("See "), .link([.text("spending")], target: "lesson:02-spending"), .text(", "),
                        .text("this lesson"), .text(" and "), .text("the tax office"),
                        .text(" (https://tax.example/)", [.emphasis]), .text(".")]),
        ])
    }

    func testTheLessonScrollsWithinWhatTheScreenMeasuredAndNotesTheLastPage() {
        var store = reading()
        // Given the screen measured 50 lines in a view of 10
        store.send(.pageMeasured(PageMeasure(lines: 50, height: 10))) { $0.route = .lesson(self.lesson()) }
        // When keys are pressed, the text scrolls a line, a page (less one line) or to the ends
        store.send(.keyPressed(.down)) { $0.route = .lesson(self.lesson(offset: 1)) }
        store.send(.keyPressed(.pageDown)) { $0.route = .lesson(self.lesson(offset: 10)) }
        store.send(.keyPressed(.character(" "))) { $0.route = .lesson(self.lesson(offset: 19)) }
        store.send(.keyPressed(.pageUp)) { $0.route = .lesson(self.lesson(offset: 10)) }
        // Then the last page, once shown, makes the lesson read, even scrolled back up
        store.send(.keyPressed(.end)) { $0.route = .lesson(self.lesson(offset: 40, end: true)) }
        store.send(.keyPressed(.down))
        store.send(.keyPressed(.home)) { $0.route = .lesson(self.lesson(offset: 0, end: true)) }
        store.send(.keyPressed(.up))
    }

    func testALessonThatFitsIsReadOnceShownAndASavedLinePastTheTextComesBack() {
        // Given a lesson reopened at line 70, measured at 30 lines in a view of 10
        var store = reading(LessonState(course: .budget, lesson: .income, line: 70))
        store.send(.pageMeasured(PageMeasure(lines: 30, height: 10))) {
            $0.route = .lesson(self.lesson(offset: 20, lines: 30, end: true))
        }
        // And a short lesson is read as soon as it is on screen
        var short = reading()
        short.send(.pageMeasured(PageMeasure(lines: 6, height: 10))) {
            $0.route = .lesson(self.lesson(offset: 0, lines: 6, end: true))
        }
    }

    func testLeavingSavesWhereTheLearnerIsAndThePageSelectsTheStepToResume() {
        // Given Jean at line 10 of 50, the end not reached
        var store = reading(lesson(offset: 10))
        // When Esc is pressed, the lesson leaves and its line is saved, not yet read
        store.send(.keyPressed(.escape), effects: [
            .saveLessonPosition(course: "budget", lesson: "01-income", detainee: 1, line: 10, finished: false),
        ]) { $0.stack.removeLast() }
        // Then the saved progress reaches the page, which stays on that lesson
        var progress = CourseProgress.enrolled
        progress.lessonPositions = ["01-income": 10]
        progress.lastStep = "01-income"
        store.send(.courseProgressSaved(progress)) {
            $0.route = .course(CourseState(id: "budget", content: .budget, progress: progress))
        }
    }

    func testLeavingAfterTheLastPageSavesItReadAndThePageMovesOn() {
        var store = reading(lesson(offset: 0, end: true))
        store.send(.keyPressed(.escape), effects: [
            .saveLessonPosition(course: "budget", lesson: "01-income", detainee: 1, line: 0, finished: true),
        ]) { $0.stack.removeLast() }
        let progress = CourseProgress(courseID: "budget", enrolledAt: .morning, lessonsRead: ["01-income"],
                                      lessonPositions: ["01-income": 0], lastStep: "01-income")
        store.send(.courseProgressSaved(progress)) {
            $0.route = .course(CourseState(id: "budget", content: .budget, progress: progress, selection: 1))
        }
    }

    func testStoppingLoggingOutOrTheSectionClosingSavesTheLesson() {
        let open = reading(lesson(offset: 5))
        let save = Effect.saveLessonPosition(course: "budget", lesson: "01-income", detainee: 1, line: 5, finished: false)
        // When the kiosk stops, the lesson is saved before the program exits
        var stopping = open
        stopping.send(.stopRequested, effects: [save, .exit]) {
            $0.isStopping = true
            $0.session?.visit = nil
        }
        // When Jean is logged out for being idle, it is saved for him
        var idle = open
        let late = Date.morning.addingTimeInterval(600)
        let effects = reduce(&idle.state, .tick(late))
        XCTAssertNil(idle.state.session)
        XCTAssertEqual(effects.last, save)
        // When the courses close (their hours end), the lesson leaves and is saved
        var closing = open
        var jean = DetaineeAccount.jean
        jean.access = AccessProfile(name: "day", hours: DailyHours(start: 7 * 60, end: 10 * 60))
        closing.state.session?.account = jean
        let ten = Date.morning.addingTimeInterval(3600)
        closing.state.session?.lastActivity = ten.addingTimeInterval(-30)
        closing.send(.tick(ten), effects: [
            .recordSectionUse(detainee: 1, section: .courses, day: "2026-03-02", seconds: 3600), save,
        ]) {
            $0.now = ten
            $0.stack = [.home(HomeState()), .section(.courses)]
            $0.session?.visit = nil
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.courses: 3600])
        }
    }

    func testTabSelectsALinkAndEnterOpensThatLessonWhereItWasLeft() {
        // Given Jean in the first lesson, with the second one left at line 7
        var progress = CourseProgress.enrolled
        progress.lessonPositions = ["02-spending": 7]
        var state = AppState.onCourse(progress)
        state.stack.append(.lesson(lesson(offset: 3)))
        var store = TestStore(state)
        // When Enter is pressed with no link selected, nothing happens
        store.send(.keyPressed(.enter))
        // When Tab is pressed, the only link is selected, and stays so (Tab and Shift-Tab wrap)
        store.send(.keyPressed(.tab)) { $0.route = .lesson(self.lesson(offset: 3, link: 0)) }
        store.send(.keyPressed(.tab))
        store.send(.keyPressed(.backTab))
        // Then Enter replaces the lesson with the second, at its line; the first is saved as it leaves
        store.send(.keyPressed(.enter), effects: [
            .saveLessonPosition(course: "budget", lesson: "01-income", detainee: 1, line: 3, finished: false),
        ]) {
            $0.route = .lesson(LessonState(course: .budget, lesson: .spending, line: 7))
        }
        // And Esc from there goes back to the course's page
        store.send(.keyPressed(.escape), effects: [
            .saveLessonPosition(course: "budget", lesson: "02-spending", detainee: 1, line: 7, finished: false),
        ]) { $0.stack.removeLast() }
        XCTAssertEqual(store.state.route, .course(CourseState(id: "budget", content: .budget, progress: progress)))
    }

    func testAFailedSaveIsSaidOnTheScreenShown() {
        var store = reading()
        store.send(.storeFailed(.notWritable)) {
            var lesson = LessonState(course: .budget, lesson: .income)
            lesson.failure = .notWritable
            $0.route = .lesson(lesson)
        }
    }
}

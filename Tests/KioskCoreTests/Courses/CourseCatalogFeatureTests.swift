@testable import KioskCore
import XCTest

final class CourseCatalogFeatureTests: XCTestCase {
    private let visit = SectionVisit(section: .courses, since: .morning)

    /// Jean on the catalogue with its courses loaded.
    private func onCatalogue(_ courses: [CourseSummary] = [.budget, .letters]) -> TestStore {
        var state = AppState.loggedIn()
        state.stack = [.home(HomeState()), .courses(CourseCatalogState(courses: courses))]
        state.session?.visit = visit
        return TestStore(state)
    }

    func testOpeningTheCoursesShowsTheCatalogueAndLoadsEveryCourse() {
        // Given Jean on the home menu
        var store = TestStore(.loggedIn())
        // When 1 is typed, the gate replaces the section with the catalogue, which asks for every course
        store.send(.keyPressed(.character("1")), effects: [.loadCourses(detainee: 1, filter: CourseFilter())]) {
            $0.stack = [.home(HomeState()), .courses(CourseCatalogState())]
            $0.session?.visit = self.visit
        }
        // Then the courses arrive
        store.send(.coursesLoaded(filter: CourseFilter(), CourseList([.budget]))) {
            $0.route = .courses(CourseCatalogState(courses: [.budget]))
        }
    }

    func testAListThatStopsShortKeepsHowManyMatchUntilTheFilterChanges() {
        var store = onCatalogue()
        store.send(.keyPressed(.character("b")), effects: [.loadCourses(detainee: 1, filter: CourseFilter(search: "b"))]) {
            $0.route = .courses(CourseCatalogState(filter: CourseFilter(search: "b")))
        }
        // When the store lists one course of the 250 that match
        store.send(.coursesLoaded(filter: CourseFilter(search: "b"), CourseList([.budget], matching: 250))) {
            $0.route = .courses(CourseCatalogState(filter: CourseFilter(search: "b"), courses: [.budget], matching: 250))
        }
        // Then the catalogue knows how many the list leaves out
        guard case .courses(let catalogue) = store.state.route else { return XCTFail("not on the catalogue") }
        XCTAssertEqual(catalogue.unlisted, 249)
        // And a further letter forgets the count until the new answer comes
        store.send(.keyPressed(.character("u")), effects: [.loadCourses(detainee: 1, filter: CourseFilter(search: "bu"))]) {
            $0.route = .courses(CourseCatalogState(filter: CourseFilter(search: "bu")))
        }
        guard case .courses(let narrowed) = store.state.route else { return XCTFail("not on the catalogue") }
        XCTAssertEqual(narrowed.unlisted, 0)
    }

    func testABarredLearnerKeepsTheSectionNotice() {
        // Given Jean, whose profile has no courses
        var jean = DetaineeAccount.jean
        jean.access = AccessProfile(name: "press only", sections: [.press])
        var store = TestStore(.loggedIn(jean))
        // When the courses are opened, the section screen (which says why) stays; nothing loads or counts
        store.send(.keyPressed(.character("1"))) { $0.stack = [.home(HomeState()), .section(.courses)] }
        XCTAssertEqual(store.state.access(to: .courses), .notInProfile)
    }

    func testTypingReloadsAtOnceAndResultsOfAnOlderFilterAreDropped() {
        var store = onCatalogue()
        // When a letter is typed, the list waits for the courses matching it
        store.send(.keyPressed(.character("w")), effects: [.loadCourses(detainee: 1, filter: CourseFilter(search: "w"))]) {
            $0.route = .courses(CourseCatalogState(filter: CourseFilter(search: "w")))
        }
        store.send(.keyPressed(.character("r")), effects: [.loadCourses(detainee: 1, filter: CourseFilter(search: "wr"))]) {
            $0.route = .courses(CourseCatalogState(filter: CourseFilter(search: "wr")))
        }
        // Then the answer to "w", arriving late, is dropped; the answer to "wr" is shown
        store.send(.coursesLoaded(filter: CourseFilter(search: "w"), CourseList([.budget, .letters])))
        store.send(.coursesLoaded(filter: CourseFilter(search: "wr"), CourseList([.letters]))) {
            $0.route = .courses(CourseCatalogState(filter: CourseFilter(search: "wr"), courses: [.letters]))
        }
        // And Backspace narrows no more: it loads again
        store.send(.keyPressed(.backspace), effects: [.loadCourses(detainee: 1, filter: CourseFilter(search: "w"))]) {
            $0.route = .courses(CourseCatalogState(filter: CourseFilter(search: "w")))
        }
        // And a Backspace in an empty field, or a key that types nothing, changes nothing
        store.send(.keyPressed(.backspace), effects: [.loadCourses(detainee: 1, filter: CourseFilter())]) {
            $0.route = .courses(CourseCatalogState())
        }
        store.send(.keyPressed(.backspace))
        store.send(.keyPressed(.function(5)))
    }

    func testTabCyclesTheLanguageFromAllAndF3TheCategory() {
        var store = onCatalogue()
        func filtered(_ language: Language?, _ category: CourseCategory? = nil) -> (Route, [Effect]) {
            let filter = CourseFilter(language: language, category: category)
            return (.courses(CourseCatalogState(filter: filter)), [.loadCourses(detainee: 1, filter: filter)])
        }
        // When Tab is pressed, the language goes from all to fr, nl, de, en and back to all
        for language in [Language.fr, .nl, .de, .en, nil] {
            let (route, effects) = filtered(language)
            store.send(.keyPressed(.tab), effects: effects) { $0.route = route }
        }
        // And Shift-Tab goes the other way
        let (english, englishLoad) = filtered(.en)
        store.send(.keyPressed(.backTab), effects: englishLoad) { $0.route = english }
        // When F3 is pressed, the category goes through each one, then back to all
        for category in CourseCategory.allCases + [nil] {
            let (route, effects) = filtered(.en, category)
            store.send(.keyPressed(.function(3)), effects: effects) { $0.route = route }
        }
    }

    func testArrowsSelectAndEnterOpensTheCourse() {
        var store = onCatalogue()
        // When ↓ then Enter are pressed, the second course's page opens and loads
        store.send(.keyPressed(.down)) { $0.route = .courses(CourseCatalogState(courses: [.budget, .letters], selection: 1)) }
        store.send(.keyPressed(.down))
        store.send(.keyPressed(.enter), effects: [.loadCourse(id: "letters", detainee: 1)]) {
            $0.stack.append(.course(CourseState(id: "letters")))
        }
        // When Esc leaves the page, the catalogue loads again (the standing may have changed), keeping its place
        store.send(.keyPressed(.escape), effects: [.loadCourses(detainee: 1, filter: CourseFilter())]) { $0.stack.removeLast() }
        var letters = CourseSummary.letters
        letters.stepsDone = 1
        store.send(.coursesLoaded(filter: CourseFilter(), CourseList([.budget, letters]))) {
            $0.route = .courses(CourseCatalogState(courses: [.budget, letters], selection: 1))
        }
        // And Esc on the catalogue goes home (no time passed: nothing to record)
        store.send(.keyPressed(.escape)) {
            $0.stack.removeLast()
            $0.session?.visit = nil
        }
    }

    func testF4ShowsTheCompletedCoursesAndOneOpens() {
        var store = onCatalogue()
        // When F4 is pressed, the history opens and loads
        store.send(.keyPressed(.function(4)), effects: [.loadCourseHistory(detainee: 1)]) {
            $0.stack.append(.courseHistory(CourseHistoryState()))
        }
        let done = CourseCompletion(courseID: "budget", title: "Basic budget", completedAt: .morning)
        store.send(.courseHistoryLoaded([done])) { $0.route = .courseHistory(CourseHistoryState(completions: [done])) }
        // Then Enter opens the course; leaving it loads the history again
        store.send(.keyPressed(.enter), effects: [.loadCourse(id: "budget", detainee: 1)]) {
            $0.stack.append(.course(CourseState(id: "budget")))
        }
        store.send(.keyPressed(.escape), effects: [.loadCourseHistory(detainee: 1)]) { $0.stack.removeLast() }
        // And F4 again goes back to the catalogue
        store.send(.keyPressed(.function(4))) { $0.stack.removeLast() }
    }

    func testAStoreFailureStopsTheWait() {
        // Given the catalogue waiting for its courses
        var store = onCatalogue()
        store.state.route = .courses(CourseCatalogState())
        // When the store fails, the catalogue says so
        store.send(.storeFailed(.unavailable)) {
            var catalogue = CourseCatalogState()
            catalogue.failure = .unavailable
            $0.route = .courses(catalogue)
        }
        // And the history too
        store.state.stack.append(.courseHistory(CourseHistoryState()))
        store.send(.storeFailed(.unavailable)) {
            var history = CourseHistoryState()
            history.failure = .unavailable
            $0.route = .courseHistory(history)
        }
    }
}

@testable import KioskCore
import XCTest

extension CourseStaffSummary {
    static let digital = CourseStaffSummary(id: "digital-basics", title: "Digital basics", language: .en, stepCount: 4)
    static let budgetNL = CourseStaffSummary(id: "budget-beheren", title: "Je budget beheren", language: .nl, stepCount: 5,
                                             enrolled: 2, completed: 1)
}

extension CourseLearner {
    static let daniel = CourseLearner(number: "1004", name: "Daniel Okafor", enrolledAt: .morning, assignedBy: "staff:officer",
                                      stepCount: 4)
    static let julien = CourseLearner(number: "1001", name: "Julien Lambert", enrolledAt: .morning, stepsDone: 4, stepCount: 4,
                                      completedAt: .morning)
}

/// The staff course list and a course's learners: opening, loading, leaving, and who may see them.
final class StaffCoursesFeatureTests: XCTestCase {
    static func listed(_ role: StaffRole = .officer, courses: [CourseStaffSummary] = [.budgetNL, .digital]) -> AppState {
        var state = SupervisorFeatureTests.staffState(role)
        state.stack.append(.staffCourses(StaffCoursesState(courses: courses)))
        return state
    }

    func testCoursesOpenFromTheMenuAndShowWhatTheStoreCounted() {
        // Given an officer on the staff menu
        var store = TestStore(SupervisorFeatureTests.staffState(.officer))
        // When 3 (Courses) is typed, the list opens and loads
        store.send(.keyPressed(.character("3")), effects: [.loadCourseSummaries]) {
            $0.route = .supervisorHome(SupervisorHomeState(selection: 2))
            $0.stack.append(.staffCourses(StaffCoursesState()))
        }
        // Then the courses the store counted are listed
        store.send(.courseSummariesLoaded([.budgetNL, .digital])) {
            $0.route = .staffCourses(StaffCoursesState(courses: [.budgetNL, .digital]))
        }
    }

    func testEnterOpensTheSelectedCoursesLearnersAndTheirCountsFollowTheList() {
        // Given the list with two courses, the second selected
        var store = TestStore(Self.listed())
        store.send(.keyPressed(.down)) { $0.route = .staffCourses(StaffCoursesState(courses: [.budgetNL, .digital], selection: 1)) }
        // When Enter is pressed, the learners of that course open and load
        store.send(.keyPressed(.enter), effects: [.loadCourseLearners(course: "digital-basics")]) {
            $0.stack.append(.courseLearners(CourseLearnersState(course: .digital)))
        }
        // Then the learners arrive, and the course's counts are taken from them
        var counted = CourseStaffSummary.digital
        counted.enrolled = 2
        counted.completed = 1
        store.send(.courseLearnersLoaded(course: "digital-basics", [.julien, .daniel])) {
            $0.route = .courseLearners(CourseLearnersState(course: counted, learners: [.julien, .daniel]))
        }
    }

    func testLearnersOfAnotherCourseAreDropped() {
        // Given the learners of the digital course, loading
        var state = Self.listed()
        state.stack.append(.courseLearners(CourseLearnersState(course: .digital)))
        var store = TestStore(state)
        // When the learners of another course arrive, then nothing changes
        store.send(.courseLearnersLoaded(course: "budget-beheren", [.daniel]))
        store.send(.courseAssigned(course: "budget-beheren", detainee: "1004", [.daniel]))
    }

    func testEscFromTheLearnersGoesBackAndLoadsTheCountsAgain() {
        var state = Self.listed()
        state.stack.append(.courseLearners(CourseLearnersState(course: .digital, learners: [.daniel])))
        var store = TestStore(state)
        // When Esc is pressed on the learners, the list is back and asks for fresh counts
        store.send(.keyPressed(.escape), effects: [.loadCourseSummaries]) { $0.stack.removeLast() }
        // And they replace the old ones, the selection kept in range
        var digital = CourseStaffSummary.digital
        digital.enrolled = 1
        store.send(.courseSummariesLoaded([digital])) { $0.route = .staffCourses(StaffCoursesState(courses: [digital])) }
        // And Esc on the list goes back to the menu
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
    }

    func testTheSelectionStaysInRangeWhenTheListShrinks() {
        var state = Self.listed()
        state.route = .staffCourses(StaffCoursesState(courses: [.budgetNL, .digital], selection: 1))
        var store = TestStore(state)
        store.send(.keyPressed(.down))
        store.send(.courseSummariesLoaded([.budgetNL])) { $0.route = .staffCourses(StaffCoursesState(courses: [.budgetNL])) }
        // And Enter on an empty list opens nothing
        store.send(.courseSummariesLoaded([])) { $0.route = .staffCourses(StaffCoursesState(courses: [])) }
        store.send(.keyPressed(.enter))
    }

    func testAStoreFailureIsShownInsteadOfTheListAndClearedByTheNextLoad() {
        var state = SupervisorFeatureTests.staffState(.admin)
        state.stack.append(.staffCourses(StaffCoursesState()))
        var store = TestStore(state)
        store.send(.storeFailed(.unavailable)) { $0.route = .staffCourses(StaffCoursesState(outcome: .failed(.unavailable))) }
        store.send(.courseSummariesLoaded([.digital])) { $0.route = .staffCourses(StaffCoursesState(courses: [.digital])) }
    }

    func testAServiceDepartmentHasNoCoursesEntryAndReceivesNoCourseData() {
        // Given a service department, whose menu has no courses
        XCTAssertFalse(SupervisorHomeState.items(for: .service).contains(.courses))
        XCTAssertFalse(StaffRole.service.managesCourses)
        // When course results arrive on a course screen somehow on its stack, then they are dropped
        var state = Self.listed(.service, courses: [])
        state.stack.append(.courseLearners(CourseLearnersState(course: .digital)))
        var store = TestStore(state)
        store.send(.courseLearnersLoaded(course: "digital-basics", [.daniel]))
        store.send(.courseAssigned(course: "digital-basics", detainee: "1004", [.daniel]))
        store.send(.keyPressed(.escape), effects: [.loadCourseSummaries]) { $0.stack.removeLast() }
        store.send(.courseSummariesLoaded([.digital]))
    }

    func testCourseScreensAreStaffOnly() {
        // Given a detainee whose stack somehow shows the staff course list
        var state = AppState.loggedIn()
        state.stack.append(.staffCourses(StaffCoursesState(courses: [.digital])))
        XCTAssertTrue(state.route.isSupervisor)
        XCTAssertTrue(Route.courseLearners(CourseLearnersState(course: .digital)).isSupervisor)
        XCTAssertNil(state.route.section)
        var store = TestStore(state)
        // When a key arrives, then the session ends on the login screen
        store.send(.keyPressed(.enter)) {
            $0.session = nil
            $0.language = $0.settings.defaultLanguage
            $0.theme = $0.settings.defaultTheme
            $0.stack = [.login(LoginState())]
        }
    }

    func testTheTenthEntryOfTheMenuIsOpenedWithZero() {
        // Given an administrator, whose menu has ten entries, Log out last
        let items = SupervisorHomeState.items(for: .admin)
        XCTAssertEqual(items.count, 10)
        XCTAssertEqual(items.suffix(2), [.courses, .logout])
        XCTAssertEqual((0..<11).map { SupervisorHomeState.shortcut(at: $0) },
                       ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", nil])
        XCTAssertEqual(SupervisorHomeState.index(ofShortcut: "0"), 9)
        XCTAssertNil(SupervisorHomeState.index(ofShortcut: "x"))
        // When 9 is typed, Courses opens; an officer's 5 (past the last entry) does nothing
        var admin = SupervisorFeatureTests.staffState(.admin)
        XCTAssertEqual(reduce(&admin, .keyPressed(.character("9"))), [.loadCourseSummaries])
        var officer = TestStore(SupervisorFeatureTests.staffState(.officer))
        officer.send(.keyPressed(.character("5")))
    }
}

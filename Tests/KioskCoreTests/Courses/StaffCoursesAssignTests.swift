@testable import KioskCore
import XCTest

/// Assigning a course from its learners: the number field, the checks made before the store,
/// and what the store answers.
final class StaffCoursesAssignTests: XCTestCase {
    let author = ChangeAuthor(actor: "staff:officer", terminal: "kiosk", at: .morning)

    private func learners(_ page: CourseLearnersState = CourseLearnersState(course: .digital, learners: [.julien])) -> TestStore {
        var state = StaffCoursesFeatureTests.listed()
        state.stack.append(.courseLearners(page))
        return TestStore(state)
    }

    func testF2OpensTheFieldAndEnterAssignsTheCourseAsThisOfficerOnThisTerminal() {
        // Given the learners of the digital course
        var store = learners()
        var page = CourseLearnersState(course: .digital, learners: [.julien])
        // When F2 is pressed and 1004 typed
        store.send(.keyPressed(.function(2))) {
            page.number = ""
            $0.route = .courseLearners(page)
        }
        store.type("1004")
        page.number = "1004"
        XCTAssertEqual(store.state.route, .courseLearners(page))
        // Then Enter asks the store to assign it, by this officer from this terminal, now
        store.send(.keyPressed(.enter), effects: [.assignCourse(course: "digital-basics", toDetainee: "1004", by: author)])
        // And when it is done, the field closes and the fresh list selects him, saved
        store.send(.courseAssigned(course: "digital-basics", detainee: "1004", [.julien, .daniel])) {
            var counted = CourseStaffSummary.digital
            counted.enrolled = 2
            counted.completed = 1
            $0.route = .courseLearners(CourseLearnersState(course: counted, learners: [.julien, .daniel], selection: 1, outcome: .saved))
        }
    }

    func testANumberThatIsNotOneToTwelveDigitsIsNamedBeforeTheStoreSeesIt() {
        // Given the field open with "12a"
        var store = learners(CourseLearnersState(course: .digital, learners: [], number: "12a"))
        // When Enter is pressed, then nothing is sent and the message says what a number is
        store.send(.keyPressed(.enter)) {
            $0.route = .courseLearners(CourseLearnersState(course: .digital, learners: [], number: "12a",
                                                           outcome: .invalid(.courseAssignNumberInvalid)))
        }
        // And typing again clears the message
        store.send(.keyPressed(.backspace)) {
            $0.route = .courseLearners(CourseLearnersState(course: .digital, learners: [], number: "12"))
        }
        // And the rule itself: digits only, spaces around set aside, at most twelve
        XCTAssertEqual(StaffCoursesFeature.validNumber(" 1004 "), "1004")
        XCTAssertNil(StaffCoursesFeature.validNumber(""))
        XCTAssertNil(StaffCoursesFeature.validNumber("   "))
        XCTAssertNil(StaffCoursesFeature.validNumber("10 04"))
        XCTAssertNil(StaffCoursesFeature.validNumber("١٠٠٤"))
        XCTAssertNil(StaffCoursesFeature.validNumber(String(repeating: "1", count: 13)))
        XCTAssertEqual(StaffCoursesFeature.validNumber(String(repeating: "1", count: 12)), String(repeating: "1", count: 12))
    }

    func testTheFieldTakesTwelveCharactersAtMost() {
        var store = learners(CourseLearnersState(course: .digital, number: "123456789012"))
        store.send(.keyPressed(.character("3")))
    }

    func testTheStoresRefusalStaysUnderTheFieldWithTheNumberTyped() {
        // Given 9999 sent from the field
        var store = learners(CourseLearnersState(course: .digital, learners: [.julien], number: "9999"))
        store.send(.keyPressed(.enter), effects: [.assignCourse(course: "digital-basics", toDetainee: "9999", by: author)])
        // When the store refuses it, then its reason shows and the number stays to be corrected
        store.send(.changeRefused("No detainee has number 9999")) {
            $0.route = .courseLearners(CourseLearnersState(course: .digital, learners: [.julien], number: "9999",
                                                           outcome: .refused("No detainee has number 9999")))
        }
        // And a store failure is said the same way
        store.send(.storeFailed(.notWritable)) {
            $0.route = .courseLearners(CourseLearnersState(course: .digital, learners: [.julien], number: "9999",
                                                           outcome: .failed(.notWritable)))
        }
    }

    func testEscClosesTheFieldThenLeavesTheLearners() {
        var store = learners(CourseLearnersState(course: .digital, learners: [.julien], number: "10",
                                                 outcome: .invalid(.courseAssignNumberInvalid)))
        // When Esc is pressed, the field closes with its message; arrows move the list again
        store.send(.keyPressed(.escape)) {
            $0.route = .courseLearners(CourseLearnersState(course: .digital, learners: [.julien]))
        }
        store.send(.keyPressed(.down))
        // And a second Esc goes back to the courses, which load again
        store.send(.keyPressed(.escape), effects: [.loadCourseSummaries]) { $0.stack.removeLast() }
    }

    func testF2AgainAfterASaveClearsTheSavedLine() {
        var store = learners(CourseLearnersState(course: .digital, learners: [.julien], outcome: .saved))
        store.send(.keyPressed(.insert)) {
            $0.route = .courseLearners(CourseLearnersState(course: .digital, learners: [.julien], number: ""))
        }
    }

    func testAnAssignmentAnsweredAfterTheLearnersWereLeftIsDropped() {
        // Given the course list on screen again
        var store = TestStore(StaffCoursesFeatureTests.listed())
        // When the result of an assignment arrives, then nothing changes
        store.send(.courseAssigned(course: "digital-basics", detainee: "1004", [.daniel]))
    }
}

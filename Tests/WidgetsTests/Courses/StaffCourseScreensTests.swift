import KioskCore
@testable import Widgets
import XCTest

/// The staff course screens (the course list, a course's learners and the number field that
/// assigns it), drawn at 80x24, at 40x12 and at every size, in every language.
final class StaffCourseScreensTests: XCTestCase {
    static let courses = [
        CourseStaffSummary(id: "budget-beheren", title: "Je budget beheren", language: .nl, stepCount: 5, enrolled: 2, completed: 1),
        CourseStaffSummary(id: "digital-basics", title: "Digital basics", language: .en, stepCount: 4),
        CourseStaffSummary(id: "lettre-de-motivation", title: "Écrire une lettre de motivation", language: .fr, stepCount: 1),
    ]
    static let learners = [
        CourseLearner(number: "1001", name: "Julien Lambert", enrolledAt: .morning, stepsDone: 4, stepCount: 4,
                      completedAt: Date.morning.addingTimeInterval(86_400)),
        CourseLearner(number: "1004", name: "Daniel Okafor", enrolledAt: .morning, assignedBy: "staff:officer", stepsDone: 1,
                      stepCount: 4),
    ]
    static var digital: CourseStaffSummary {
        var course = courses[1]
        course.enrolled = 2
        course.completed = 1
        return course
    }

    private func staff(_ route: Route, size: TerminalSize = .standard, language: Language = .en) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        state.staff = StaffSession(account: StaffAccount(id: 1, login: "officer", name: "Koen", role: .officer, language: language),
                                   lastActivity: .morning)
        state.language = language
        state.stack = [.supervisorHome(SupervisorHomeState()), route]
        return state
    }

    private func frame(_ route: Route, size: TerminalSize = .standard, language: Language = .en) -> Frame {
        ScreenRenderer.render(staff(route, size: size, language: language))
    }

    private func text(_ route: Route, size: TerminalSize = .standard, language: Language = .en) -> String {
        frame(route, size: size, language: language).buffer.lines.joined(separator: "\n")
    }

    // MARK: - The course list

    func testTheCourseListShowsEachCoursesLanguageStepsAndCountsUnderNamedColumns() {
        // Given three courses, the first selected
        let frame = frame(.staffCourses(StaffCoursesState(courses: Self.courses)))
        // Then each is a row under the column names, in words and numbers, the selection marked with >
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[2], " Courses")
        XCTAssertEqual(lines[4], "   Course                           Language    Steps  Enrolled  Completed")
        XCTAssertEqual(lines[5], " > Je budget beheren                Nederlands  5      2         1")
        XCTAssertEqual(lines[6], "   Digital basics                   English     4      0         0")
        XCTAssertEqual(lines[7], "   Écrire une lettre de motivation  Français    1      0         0")
        XCTAssertEqual(frame.buffer.cols(in: .muted, row: 4).count, 73)
        XCTAssertEqual(frame.buffer[5, 1].role, .selected)
        // And every row fits, so nothing is written out below them
        XCTAssertEqual(lines[8...22].filter { !$0.isEmpty }, [])
        for hint in ["↑↓ move", "Enter open", "Esc back"] { XCTAssertTrue(lines[23].contains(hint), hint) }
    }

    func testANarrowListLeavesColumnsOutWholeAndWritesTheSelectedCourseInWords() {
        // Given the list at 40x12 with the long French title selected
        let lines = frame(.staffCourses(StaffCoursesState(courses: Self.courses, selection: 2)), size: TerminalSize(cols: 40, rows: 12),
                          language: .nl).buffer.lines
        // Then the counts' columns are left out rather than cut, the title is cut with …
        XCTAssertEqual(lines[4], "   Opleiding       Taal        Stappen")
        XCTAssertTrue(lines.contains { $0 == " > Écrire une le…  Français    1" }, lines.joined(separator: "\n"))
        // And the selected course is written out whole below, with its counts in words
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Écrire une lettre de motivation:\n Français · 1 stap · 0 ingeschreven, 0\n voltooid"), text)
    }

    func testAnEmptyWaitingOrFailedListSaysWhy() {
        XCTAssertTrue(text(.staffCourses(StaffCoursesState())).contains("Loading…"))
        let empty = text(.staffCourses(StaffCoursesState(courses: [])))
        XCTAssertTrue(empty.contains("No courses yet. They are imported with: kiosk courses import"), empty)
        let failed = frame(.staffCourses(StaffCoursesState(courses: Self.courses, outcome: .failed(.unavailable))))
        let failedText = failed.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(failedText.contains("! The kiosk cannot read its data right now."), failedText)
        XCTAssertFalse(failedText.contains("Je budget beheren"), failedText)
        XCTAssertEqual(failed.buffer[4, 1].role, .error)
    }

    // MARK: - A course's learners

    func testTheLearnersShowStepsDatesWhoAssignedAndCompletionInWords() {
        // Given the learners of the digital course, the second selected after a saved assignment
        let frame = frame(.courseLearners(CourseLearnersState(course: Self.digital, learners: Self.learners, selection: 1,
                                                              outcome: .saved)))
        let lines = frame.buffer.lines
        // Then the title names the course, and its facts follow in words
        XCTAssertEqual(lines[2], " Learners: Digital basics")
        XCTAssertEqual(lines[3], " English · 4 steps · 2 enrolled, 1 completed")
        // And each learner is a row: number, name, steps done, enrolled, who assigned it, completed
        XCTAssertEqual(lines[5], "   Number  Name            Steps  Enrolled    Assigned by    Completed")
        XCTAssertEqual(lines[6], "   1001    Julien Lambert  4/4    2 Mar 2026  self           3 Mar 2026")
        XCTAssertEqual(lines[7], " > 1004    Daniel Okafor   1/4    2 Mar 2026  staff:officer  not yet")
        // And the outcome stands at the bottom, the keys on the status bar
        XCTAssertEqual(lines[22], " Saved.")
        XCTAssertEqual(frame.buffer[22, 1].role, .success)
        XCTAssertEqual(lines[23].trimmingCharacters(in: .whitespaces), "↑↓ move  F2 assign  Esc back")
        XCTAssertNil(frame.cursor)
    }

    func testTheNumberFieldHasTheCursorAndTheStoresRefusalIsShownUnderTheList() {
        let page = CourseLearnersState(course: Self.digital, learners: Self.learners, number: "9999",
                                       outcome: .refused("No detainee has number 9999"))
        let frame = frame(.courseLearners(page), language: .nl)
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[4], "   Toewijzen aan nummer [9999         ]")
        XCTAssertEqual(frame.cursor, Position(row: 4, col: 29))
        XCTAssertEqual(lines[22], " ! No detainee has number 9999")
        XCTAssertEqual(frame.buffer[22, 1].role, .error)
        XCTAssertEqual(lines[23].trimmingCharacters(in: .whitespaces), "Enter toewijzen  Esc annuleren")
        // And the core's own check is said in the staff member's language
        let invalid = text(.courseLearners(CourseLearnersState(course: Self.digital, learners: [], number: "12a",
                                                               outcome: .invalid(.courseAssignNumberInvalid))), language: .fr)
        XCTAssertTrue(invalid.contains("! Un numéro d'écrou s'écrit avec 1 à 12 chiffres."), invalid)
    }

    func testANarrowScreenWritesTheSelectedLearnerOutWhole() {
        // Given the learners at 40x12, Daniel selected
        let page = CourseLearnersState(course: Self.digital, learners: Self.learners, selection: 1, outcome: .saved)
        let text = text(.courseLearners(page), size: TerminalSize(cols: 40, rows: 12))
        // Then the columns that do not fit are left out, and his row is followed by everything in words
        XCTAssertTrue(text.contains("   Number  Name      Steps  Enrolled\n"), text)
        XCTAssertTrue(text.contains("> 1004    Daniel …  1/4    2 Mar 2026"), text)
        XCTAssertTrue(text.contains("Daniel Okafor (1004) · 1 of 4 steps\n done · enrolled 2 Mar 2026 · assigned\n"
                                    + " by staff:officer · not completed yet"), text)
        XCTAssertTrue(text.contains("Saved."), text)
        // And a learner who enrolled and completed it is said so
        let julien = self.text(.courseLearners(CourseLearnersState(course: Self.digital, learners: Self.learners)),
                               size: TerminalSize(cols: 40, rows: 12))
        XCTAssertTrue(julien.contains("self-enrolled · completed 3 Mar 2026"), julien)
    }

    func testNoLearnersLoadingOrAFailedLoadSaysWhy() {
        let empty = text(.courseLearners(CourseLearnersState(course: Self.courses[1], learners: [])))
        XCTAssertTrue(empty.contains("Nobody follows this course yet. F2 assigns it to a detainee."), empty)
        XCTAssertTrue(text(.courseLearners(CourseLearnersState(course: Self.courses[1]))).contains("Loading…"))
        let failed = text(.courseLearners(CourseLearnersState(course: Self.courses[1], outcome: .failed(.unavailable))))
        XCTAssertFalse(failed.contains("Loading…"), failed)
        XCTAssertTrue(failed.contains("! The kiosk cannot read its data right now."), failed)
    }

    // MARK: - The menu

    func testTheMenuListsCoursesBeforeLogOutAndTheTenthEntryUnderZero() {
        var officer = staff(.supervisorHome(SupervisorHomeState()), language: .nl)
        officer.stack = [.supervisorHome(SupervisorHomeState())]
        let officerText = ScreenRenderer.render(officer).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(officerText.contains("3 Opleidingen") && officerText.contains("4 Afmelden"), officerText)
        var admin = officer
        admin.staff?.account.role = .admin
        let adminText = ScreenRenderer.render(admin).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(adminText.contains("9 Opleidingen") && adminText.contains("0 Afmelden"), adminText)
    }

    // MARK: - Every size

    func testEveryStaffCourseScreenFitsAtEverySizeInEveryLanguage() {
        let long = CourseLearner(number: "123456789012", name: String(repeating: "名", count: 40), enrolledAt: .morning,
                                 assignedBy: String(repeating: "x", count: 100), stepsDone: 99, stepCount: 100, completedAt: .morning)
        let routes: [Route] = [
            .staffCourses(StaffCoursesState(courses: Self.courses, selection: 2)),
            .staffCourses(StaffCoursesState(courses: (1...30).map { CourseStaffSummary(id: "c\($0)", title: "Course \($0)", language: .de,
                                                                                       stepCount: $0, enrolled: 1000, completed: 999) },
                                            selection: 29)),
            .staffCourses(StaffCoursesState()),
            .staffCourses(StaffCoursesState(courses: [])),
            .staffCourses(StaffCoursesState(outcome: .failed(.notWritable))),
            .courseLearners(CourseLearnersState(course: Self.digital, learners: Self.learners + [long], selection: 2, outcome: .saved)),
            .courseLearners(CourseLearnersState(course: Self.digital, learners: Self.learners, number: "123456789012",
                                                outcome: .refused(String(repeating: "No detainee has number 9999 ", count: 10)))),
            .courseLearners(CourseLearnersState(course: Self.digital, learners: [], number: "")),
            .courseLearners(CourseLearnersState(course: Self.digital)),
            .courseLearners(CourseLearnersState(course: Self.digital, outcome: .failed(.unavailable))),
        ]
        // Nothing runs past the right edge: every line is at most as wide as the screen
        for language in Language.allCases {
            for route in routes {
                assertFitsEverySize("\(route) \(language)") { staff(route, size: $0, language: language) }
            }
        }
        // And at 40x12, the number field and the keys to use it are on screen in every language
        for language in Language.allCases {
            let page = CourseLearnersState(course: Self.digital, learners: Self.learners, number: "1004")
            let frame = frame(.courseLearners(page), size: TerminalSize(cols: 40, rows: 12), language: language)
            XCTAssertTrue(frame.buffer.lines[4].contains("[1004"), "\(language)\n" + frame.buffer.lines.joined(separator: "\n"))
            XCTAssertNotNil(frame.cursor, "\(language)")
            XCTAssertTrue(frame.buffer.lines[11].contains("Enter") && frame.buffer.lines[11].contains("Esc"), "\(language)")
        }
    }
}

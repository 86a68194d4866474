import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// What staff do with courses: assign them, see who follows them, export completions.
final class CourseStaffTests: CourseTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try importCourse()
        try importCourse(Self.others[2])
    }

    func testAssigningACourseEnrolsTheDetaineeAndIsAudited() throws {
        // Given Julien, not enrolled in the keyboard course
        // When a member of staff assigns it to him from an office terminal
        let enrolled = try courses.assign(course: "keyboard", toDetainee: "1001", by: "staff:marc", terminal: "office-1",
                                          now: noon + 60)
        // Then he is enrolled from that moment, and sees it in his catalogue
        XCTAssertTrue(enrolled)
        XCTAssertEqual(try progress()?.enrolledAt, noon + 60)
        XCTAssertEqual(try courses.courses(detainee: julien.id, filter: CourseFilter(language: .fr), limit: 100).courses.map(\.enrolledAt),
                       [nil, noon + 60])
        // And the enrolment names who assigned it
        XCTAssertEqual(try courses.enrolments(course: "keyboard"), [
            CourseLearner(number: "1001", name: "Julien Lambert", enrolledAt: noon + 60, assignedBy: "staff:marc",
                          stepsDone: 0, stepCount: 3, completedAt: nil),
        ])
        // And the audit log has it
        let audit = try audit("course.assigned")
        XCTAssertEqual(audit, [AuditEvent(at: noon + 60, actor: "staff:marc", terminal: "office-1",
                                          action: "course.assigned", subject: "1001", detail: "keyboard")])
    }

    func testAssigningACourseAlreadyFollowedKeepsTheLearnersEnrolment() throws {
        // Given Anna, who enrolled herself and read a lesson
        try read("01-keys", by: anna, at: noon + 60)
        // When two members of staff assign her the course
        let first = try courses.assign(course: "keyboard", toDetainee: "1002", by: "staff:marc", now: noon + 120)
        let second = try courses.assign(course: "keyboard", toDetainee: "1002", by: "staff:lea", now: noon + 180)
        // Then she keeps her enrolment date and progress; the first assigner is kept
        XCTAssertFalse(first)
        XCTAssertFalse(second)
        XCTAssertEqual(try courses.enrolments(course: "keyboard"), [
            CourseLearner(number: "1002", name: "Anna Peeters", enrolledAt: noon + 60, assignedBy: "staff:marc",
                          stepsDone: 1, stepCount: 3, completedAt: nil),
        ])
        // And both assignments are audited
        XCTAssertEqual(try audit("course.assigned").map(\.detail), ["keyboard, already enrolled", "keyboard, already enrolled"])
        XCTAssertEqual(try audit("course.assigned").map(\.terminal), ["admin-cli", "admin-cli"])
    }

    func testAssigningAnUnknownCourseOrDetaineeIsRefusedAndNothingIsWritten() throws {
        // Given the keyboard course and detainees 1001 and 1002
        // When staff assign a course that does not exist, to a detainee who does not exist, or
        // without an author
        // Then each is refused with what is missing
        XCTAssertEqual(courseError { try courses.assign(course: "nothing", toDetainee: "1001", by: "staff:marc", now: noon) },
                       .courseNotFound("nothing"))
        XCTAssertEqual(courseError { try courses.assign(course: "keyboard", toDetainee: "9999", by: "staff:marc", now: noon) },
                       .detaineeNotFound("9999"))
        XCTAssertEqual(courseError { try courses.assign(course: "keyboard", toDetainee: "1001", by: "", now: noon) },
                       .invalid("The author of a change must be 1 to 100 characters"))
        XCTAssertEqual(CourseError.courseNotFound("nothing").description, "No course nothing")
        XCTAssertEqual(CourseError.detaineeNotFound("9999").description, "No detainee has number 9999")
        // And nothing is enrolled or audited
        XCTAssertEqual(try count("course_enrolment"), 0)
        XCTAssertEqual(try audit("course.assigned"), [])
    }

    func testEnrolmentsListEveryLearnerByNumberWithTheirProgress() throws {
        // Given Anna, who completed the keyboard course, and Julien, who read one lesson of it;
        // and Julien enrolled in the CV course
        try read("01-keys", by: anna, at: noon + 60)
        try read("02-accents", by: anna, at: noon + 120)
        try answer(4, by: anna, at: noon + 180)
        try read("01-keys", at: noon + 240)
        _ = try courses.enrol(course: "cv", detainee: julien.id, at: noon + 300)
        // When staff list the keyboard course's learners
        let lines = try courses.enrolments(course: "keyboard")
        // Then both are there, by number, each with their own progress
        XCTAssertEqual(lines, [
            CourseLearner(number: "1001", name: "Julien Lambert", enrolledAt: noon + 240, assignedBy: nil,
                          stepsDone: 1, stepCount: 3, completedAt: nil),
            CourseLearner(number: "1002", name: "Anna Peeters", enrolledAt: noon + 60, assignedBy: nil,
                          stepsDone: 3, stepCount: 3, completedAt: noon + 180),
        ])
        // And the CV course lists Julien alone, the status counts both courses' learners
        XCTAssertEqual(try courses.enrolments(course: "cv").map(\.number), ["1001"])
        XCTAssertEqual(try courses.courseStatus().map { [$0.id, "\($0.steps)", "\($0.enrolled)", "\($0.completed)"] },
                       [["cv", "1", "1", "0"], ["keyboard", "3", "2", "1"]])
        // And a course that does not exist is an error, not an empty list
        XCTAssertEqual(courseError { _ = try courses.enrolments(course: "nothing") }, .courseNotFound("nothing"))
    }

    func testCompletionsAreExportedForAPeriod() throws {
        // Given Anna who completed the keyboard course on the first day, Julien the CV course on
        // the second, then the keyboard course on the third
        try read("01-keys", by: anna, at: noon)
        try read("02-accents", by: anna, at: noon)
        try answer(5, by: anna, at: noon + 60)
        _ = try courses.saveLessonPosition(course: "cv", lesson: "01-cv", detainee: julien.id, line: 0, finished: true,
                                           at: noon + Self.day)
        try read("01-keys", at: noon + 2 * Self.day)
        try read("02-accents", at: noon + 2 * Self.day)
        try answer(3, at: noon + 2 * Self.day + 60)
        // When staff export the completions of the first two days
        let lines = try courses.completions(since: noon, until: noon + 2 * Self.day)
        // Then the two completions of that period are there, oldest first; its end is excluded
        XCTAssertEqual(lines, [
            CompletionLine(number: "1002", name: "Anna Peeters", courseID: "keyboard", title: "Le clavier pour débutants",
                           completedAt: noon + 60),
            CompletionLine(number: "1001", name: "Julien Lambert", courseID: "cv", title: "Écrire son CV",
                           completedAt: noon + Self.day),
        ])
        XCTAssertEqual(try courses.completions(since: noon + 61, until: noon + 3 * Self.day).map(\.courseID), ["cv", "keyboard"])
        // And as CSV, with a header and times in UTC
        let csv = try courses.completionsCSV(since: noon, until: noon + 2 * Self.day)
        let time = AuditRepository.timeFormat
        XCTAssertEqual(csv, """
            completed_at,number,name,course,title\r
            \(time.format(noon + 60)),1002,Anna Peeters,keyboard,Le clavier pour débutants\r
            \(time.format(noon + Self.day)),1001,Julien Lambert,cv,Écrire son CV\r

            """)
        // And an empty period gives the header alone
        XCTAssertEqual(try courses.completionsCSV(since: noon - Self.day, until: noon),
                       "completed_at,number,name,course,title\r\n")
        // And each learner's own history holds only their completions, newest first
        XCTAssertEqual(try courses.completions(detainee: julien.id).map(\.courseID), ["keyboard", "cv"])
        XCTAssertEqual(try courses.completions(detainee: anna.id).map(\.courseID), ["keyboard"])
    }
}

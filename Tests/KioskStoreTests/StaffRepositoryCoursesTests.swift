import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// The supervisor screens' courses on a real database: the counts, the learners, and assigning
/// a course with its audit line from the screen's terminal.
final class StaffRepositoryCoursesTests: CourseTestCase {
    private var staff: StaffRepository!
    private var author: ChangeAuthor { ChangeAuthor(actor: "staff:officer", terminal: "A-117", at: noon + 60) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try importCourse()
        try importCourse(Self.others[2])
        staff = StaffRepository(database: database, hasher: Self.cheapHasher)
    }

    override func tearDownWithError() throws {
        staff = nil
        try super.tearDownWithError()
    }

    func testEveryCourseIsListedByIdWithItsEnrolledAndCompletedLearners() throws {
        // Given Anna, who completed the keyboard course, and Julien, who read one lesson of it
        try read("01-keys", by: anna, at: noon + 60)
        try read("02-accents", by: anna, at: noon + 120)
        try answer(4, by: anna, at: noon + 180)
        try read("01-keys", at: noon + 240)
        // When staff list the courses
        // Then each has its language, steps and counts, by id
        XCTAssertEqual(try staff.courseSummaries(), [
            CourseStaffSummary(id: "cv", title: "Écrire son CV", language: .fr, stepCount: 1, enrolled: 0, completed: 0),
            CourseStaffSummary(id: "keyboard", title: "Le clavier pour débutants", language: .fr, stepCount: 3, enrolled: 2,
                               completed: 1),
        ])
        // And the keyboard's learners are listed by number with how far they are and who assigned it
        XCTAssertEqual(try staff.courseLearners(course: "keyboard"), [
            CourseLearner(number: "1001", name: "Julien Lambert", enrolledAt: noon + 240, assignedBy: nil, stepsDone: 1,
                          stepCount: 3),
            CourseLearner(number: "1002", name: "Anna Peeters", enrolledAt: noon + 60, assignedBy: nil, stepsDone: 3, stepCount: 3,
                          completedAt: noon + 180),
        ])
    }

    func testAssigningFromAScreenReturnsTheFreshLearnersAndAuditsWithTheScreensTerminal() throws {
        // Given Julien, who does not follow the CV course
        // When an officer assigns it to him from terminal A-117
        let result = try staff.assignCourse("cv", toDetainee: "1001", by: author)
        // Then the fresh learners show him, assigned by the officer, from that moment
        XCTAssertEqual(result, .done([
            CourseLearner(number: "1001", name: "Julien Lambert", enrolledAt: noon + 60, assignedBy: "staff:officer", stepCount: 1),
        ]))
        // And the audit line names the officer, the terminal and the course, written with the enrolment
        XCTAssertEqual(try audit("course.assigned"), [
            AuditEvent(at: noon + 60, actor: "staff:officer", terminal: "A-117", action: "course.assigned", subject: "1001",
                       detail: "cv"),
        ])
        // And the course list counts him
        XCTAssertEqual(try staff.courseSummaries().first { $0.id == "cv" }?.enrolled, 1)
    }

    func testAnUnknownNumberOrCourseIsRefusedInWordsAndNothingIsWritten() throws {
        // When an officer assigns a course to a number nobody has, or a course that does not exist
        // Then each is refused with the repository's reason
        XCTAssertEqual(try staff.assignCourse("cv", toDetainee: "9999", by: author), .refused("No detainee has number 9999"))
        XCTAssertEqual(try staff.assignCourse("nothing", toDetainee: "1001", by: author), .refused("No course nothing"))
        // And nothing is enrolled or audited
        XCTAssertEqual(try count("course_enrolment"), 0)
        XCTAssertEqual(try audit("course.assigned"), [])
        // And a course that does not exist has no learners
        XCTAssertEqual(try staff.courseLearners(course: "nothing"), [])
    }

    func testAnAssignmentThatCannotBeWrittenIsAFailureNotARefusal() throws {
        // Given a writer that refuses writes
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        // When a course is assigned, then the port's notWritable is thrown
        XCTAssertThrowsError(try staff.assignCourse("cv", toDetainee: "1001", by: author)) {
            XCTAssertEqual($0 as? StoreFailure, .notWritable)
        }
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 0") }
        XCTAssertEqual(try count("course_enrolment"), 0)
        // And a closed database cannot be listed
        try database.close()
        XCTAssertThrowsError(try staff.courseSummaries()) { XCTAssertEqual($0 as? StoreFailure, .unavailable) }
        XCTAssertThrowsError(try staff.courseLearners(course: "cv")) { XCTAssertEqual($0 as? StoreFailure, .unavailable) }
    }
}

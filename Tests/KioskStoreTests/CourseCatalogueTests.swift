import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// The catalogue: every course by title, filtered by language, category and typed words.
final class CourseCatalogueTests: CourseTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try importCourse()
        for course in Self.others { try importCourse(course) }
    }

    private func ids(_ filter: CourseFilter = CourseFilter(), for detainee: DetaineeAccount? = nil) throws -> [String] {
        try courses.courses(detainee: (detainee ?? julien).id, filter: filter, limit: 100).courses.map(\.id)
    }

    private func ids(searching text: String) throws -> [String] {
        try ids(CourseFilter(search: text))
    }

    func testTheCatalogueListsEveryCourseByTitleAccentsAndCaseAside() throws {
        // Given four courses, one whose title starts with É
        // When Julien opens the catalogue without a filter
        let all = try courses.courses(detainee: julien.id, filter: CourseFilter(), limit: 100).courses
        // Then every course is there, "Écrire" sorted with the E's, not after Z
        XCTAssertEqual(all.map(\.title), [
            "Budget im Griff", "Écrire son CV", "Le clavier pour débutants", "Solliciteren voor beginners",
        ])
        // And each line describes the course, with nothing done yet
        XCTAssertEqual(all[2], CourseSummary(
            id: "keyboard", title: "Le clavier pour débutants",
            summary: "Apprendre à taper des lettres, des chiffres et des accents.", language: .fr, category: .digital,
            level: .beginner, minutes: 45, stepCount: 3))
    }

    func testAListStopsAtItsLimitInOrderAndCountsEveryMatch() throws {
        // Given the four courses
        // When Julien's catalogue is limited to two lines
        let two = try courses.courses(detainee: julien.id, filter: CourseFilter(), limit: 2)
        // Then the first two by title are listed, and all four are counted
        XCTAssertEqual(two.courses.map(\.id), ["budget", "cv"])
        XCTAssertEqual(two.matching, 4)
        XCTAssertEqual(two.unlisted, 2)
        // And the count follows the filter, not the limit
        let work = try courses.courses(detainee: julien.id, filter: CourseFilter(category: .work, search: "e"), limit: 1)
        XCTAssertEqual(work.courses.map(\.id), ["cv"])
        XCTAssertEqual(work.matching, 2)
        // And a limit of 0 lists nothing but still counts
        let none = try courses.courses(detainee: julien.id, filter: CourseFilter(language: .fr), limit: 0)
        XCTAssertEqual(none.courses, [])
        XCTAssertEqual(none.matching, 2)
    }

    func testANewTitleAtImportMovesTheCourseInTheList() throws {
        // Given the four courses
        // When the budget course is imported again under a title starting with Z
        var renamed = Self.others[1]
        renamed.title = "Zuinig leven"
        try importCourse(renamed)
        // Then the catalogue lists it last
        XCTAssertEqual(try ids(), ["cv", "keyboard", "solliciteren", "budget"])
    }

    func testLanguageAndCategoryFilterAndCombine() throws {
        // Given the four courses
        // When Julien filters by language, by category, or both
        // Then only the matching courses are listed
        XCTAssertEqual(try ids(CourseFilter(language: .fr)), ["cv", "keyboard"])
        XCTAssertEqual(try ids(CourseFilter(language: .en)), [])
        XCTAssertEqual(try ids(CourseFilter(category: .work)), ["cv", "solliciteren"])
        XCTAssertEqual(try ids(CourseFilter(language: .fr, category: .work)), ["cv"])
        XCTAssertEqual(try ids(CourseFilter(language: .de, category: .work)), [])
        XCTAssertEqual(try ids(CourseFilter(language: .fr, category: .work, search: "page")), ["cv"])
        XCTAssertEqual(try ids(CourseFilter(language: .nl, search: "page")), [])
    }

    func testSearchIgnoresAccentsAndCaseInTitlesSummariesAndLessons() throws {
        // Given the four courses
        // When Julien types words without their accents, or in capitals
        // Then the course is found by its title, its summary, a lesson's title or its text
        XCTAssertEqual(try ids(searching: "debutant"), ["keyboard"])
        XCTAssertEqual(try ids(searching: "DÉBUTANTS"), ["keyboard"])
        XCTAssertEqual(try ids(searching: "ecrire"), ["cv", "keyboard"])
        XCTAssertEqual(try ids(searching: "gesprek"), ["solliciteren"])
        XCTAssertEqual(try ids(searching: "touches"), ["keyboard"])
        XCTAssertEqual(try ids(searching: "strasse"), [])
        XCTAssertEqual(try ids(searching: "straßenbahn mull"), ["budget"])
        XCTAssertEqual(try ids(searching: "experience"), ["cv"])
        // And a decomposed accent (e + U+0301) is the same letter
        XCTAssertEqual(try ids(searching: "de\u{301}butant"), ["keyboard"])
        // And words are prefixes, all required
        XCTAssertEqual(try ids(searching: "begin"), ["solliciteren"])
        XCTAssertEqual(try ids(searching: "clav acc"), ["keyboard"])
        XCTAssertEqual(try ids(searching: "clavier budget"), [])
        // And quiz questions are not searched
        XCTAssertEqual(try ids(searching: "question"), [])
    }

    func testSearchTextIsNeverQuerySyntax() throws {
        // Given the four courses
        let hostile = [
            "\"", "\"\"", "*", "-", ":", "(", ")", "NEAR(", "NEAR(clavier accents, 3)", "AND", "OR NOT", "title:cv",
            "clavier\" OR \"cv", "{course_id}: keyboard", "^clavier", "clav*", "'; DROP TABLE course; --",
            String(repeating: "a", count: 10_000), String(repeating: "é ", count: 5_000), "\u{0}", "\u{1B}[2J",
        ]
        // When Julien types FTS5 syntax or anything else
        for text in hostile {
            // Then nothing throws, and operators are words like any other
            XCTAssertNoThrow(try ids(searching: text), text)
        }
        XCTAssertEqual(try ids(searching: "clavier OR cv"), [])
        XCTAssertEqual(try ids(searching: "title:cv"), [])
        XCTAssertEqual(try ids(searching: "clavier\" OR \"cv"), [])
        XCTAssertEqual(try ids(searching: "{course_id}: keyboard"), [])
        XCTAssertEqual(try ids(searching: "NEAR(clavier accents, 3)"), [])
        XCTAssertEqual(try ids(searching: "-clavier"), ["keyboard"])
        // And text without a word filters nothing
        XCTAssertEqual(try ids(searching: "\"*\" ()"), ["budget", "cv", "keyboard", "solliciteren"])
        XCTAssertEqual(try ids(searching: ""), ["budget", "cv", "keyboard", "solliciteren"])
        // And every table is still there
        XCTAssertEqual(try count("course"), 4)
    }

    func testEachLineShowsTheLearnersOwnStanding() throws {
        // Given Julien who read one lesson of the keyboard course, and Anna who completed the CV course
        try read("01-keys", at: noon + 60)
        _ = try courses.saveLessonPosition(course: "cv", lesson: "01-cv", detainee: anna.id, line: 3, finished: true,
                                           at: noon + 120)
        // When each opens the catalogue
        let julienLines = try courses.courses(detainee: julien.id, filter: CourseFilter(), limit: 100).courses
        let annaLines = try courses.courses(detainee: anna.id, filter: CourseFilter(), limit: 100).courses
        // Then each sees their own steps done, enrolment and completion, and nothing of the other's
        let julienKeyboard = try XCTUnwrap(julienLines.first { $0.id == "keyboard" })
        XCTAssertEqual(julienKeyboard.stepsDone, 1)
        XCTAssertEqual(julienKeyboard.enrolledAt, noon + 60)
        XCTAssertNil(julienKeyboard.completedAt)
        XCTAssertEqual(julienLines.first { $0.id == "cv" }?.stepsDone, 0)
        XCTAssertNil(julienLines.first { $0.id == "cv" }?.enrolledAt)
        let annaCV = try XCTUnwrap(annaLines.first { $0.id == "cv" })
        XCTAssertEqual(annaCV.stepsDone, 1)
        XCTAssertEqual(annaCV.completedAt, noon + 120)
        XCTAssertEqual(annaLines.first { $0.id == "keyboard" }?.stepsDone, 0)
        XCTAssertNil(annaLines.first { $0.id == "keyboard" }?.enrolledAt)
    }

    func testAClosedDatabaseIsUnavailableToTheCatalogue() throws {
        // Given a database that was closed
        try database.close()
        // When Julien opens the catalogue
        // Then the failure is the port's, so the screen can say so
        XCTAssertThrowsError(try courses.courses(detainee: julien.id, filter: CourseFilter(), limit: 100).courses) {
            XCTAssertEqual($0 as? StoreFailure, .unavailable)
        }
        XCTAssertThrowsError(try courses.course(id: "keyboard", detainee: julien.id)) {
            XCTAssertEqual($0 as? StoreFailure, .unavailable)
        }
    }
}

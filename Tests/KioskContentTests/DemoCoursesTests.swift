import Foundation
import KioskContent
import KioskCore
import XCTest

/// The demo courses of `content/courses/` read without error and use what the format offers.
final class DemoCoursesTests: XCTestCase {
    /// `content/courses` of this repository.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content/courses").path

    private func demoCourses() throws -> [CourseContent] {
        try CoursePackageReader.readAll(root: Self.root)
    }

    func testEveryDemoCourseReadsWithoutError() throws {
        // When the demo folder is read
        let courses = try demoCourses()
        // Then the four courses are there, in two languages at least
        XCTAssertEqual(courses.map(\.id), ["budget-beheren", "digital-basics", "lettre-de-motivation", "preparing-for-release"])
        XCTAssertEqual(Set(courses.map(\.language)), [.en, .fr, .nl])
    }

    func testEachDemoCourseIsShortLessonsAndOneOrTwoQuizzes() throws {
        for course in try demoCourses() {
            // Then each has 3 or 4 lessons, each titled by its heading, and 1 or 2 quizzes
            XCTAssertTrue((3...4).contains(course.lessons.count), course.id)
            XCTAssertTrue((1...2).contains(course.quizzes.count), course.id)
            for lesson in course.lessons {
                XCTAssertNotEqual(lesson.title, lesson.id, "\(course.id)/\(lesson.id) has no # heading")
                XCTAssertLessThan(lesson.document.plainText.count, 4_000, "\(course.id)/\(lesson.id) is long")
            }
        }
    }

    func testDemoCoursesUseEveryQuestionKindTablesAndLinksBetweenLessons() throws {
        let courses = try demoCourses()
        // Then the three kinds of question appear
        let kinds = Set(courses.flatMap(\.quizzes).flatMap(\.questions).map { question -> String in
            switch question.kind {
            case .singleChoice: "single"
            case .multipleChoice: "multiple"
            case .shortAnswer: "short"
            }
        })
        XCTAssertEqual(kinds, ["single", "multiple", "short"])
        // And every course has a table and a link to another of its lessons
        for course in courses {
            let blocks = course.lessons.flatMap(\.document.blocks)
            XCTAssertTrue(blocks.contains { if case .table = $0 { true } else { false } }, "\(course.id) has no table")
            let lessonLinks = course.lessons.flatMap(\.document.links).filter { $0.hasPrefix("lesson:") }
            XCTAssertFalse(lessonLinks.isEmpty, "\(course.id) links no lesson")
        }
    }

    func testFrenchAndDutchCoursesKeepTheirAccents() throws {
        let courses = try demoCourses()
        let french = try XCTUnwrap(courses.first { $0.id == "lettre-de-motivation" })
        let dutch = try XCTUnwrap(courses.first { $0.id == "budget-beheren" })
        XCTAssertEqual(french.title, "Écrire une lettre de motivation")
        XCTAssertTrue(french.lessons[0].document.plainText.contains("expérience"))
        XCTAssertTrue(dutch.lessons[1].document.plainText.contains("één maand"))
    }
}

import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Importing a course package, and importing a new version of it.
final class CourseImportTests: CourseTestCase {
    func testTheMigrationCreatesTheCourseTablesAndAnAccentFoldingIndex() throws {
        // Given a fresh database (opened by the test case)
        // When reading its migrations and schema
        let (tables, searchSQL) = try database.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'course%' ORDER BY name"),
             try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'course_search'") ?? "")
        }
        // Then v8-courses comes right after v7-press, and the tables exist
        let migrations = try database.appliedMigrations()
        let press = try XCTUnwrap(migrations.firstIndex(of: "v7-press"))
        XCTAssertEqual(migrations.firstIndex(of: "v8-courses"), press + 1)
        for table in ["course", "course_enrolment", "course_lesson_progress", "course_quiz_attempt", "course_search",
                      "course_step"] {
            XCTAssertTrue(tables.contains(table), "\(table) in \(tables)")
        }
        // And the search folds accents as the press search does
        XCTAssertTrue(searchSQL.contains("fts5"), searchSQL)
        XCTAssertTrue(searchSQL.contains("unicode61'' ''remove_diacritics'' ''2"), searchSQL)
    }

    func testAnImportedCourseReadsBackAsItWasGivenAndIsAudited() throws {
        // Given a database without courses
        // When staff import the keyboard course
        let report = try courses.importCourse(Self.keyboard(), by: "staff:admin", terminal: "office-1", now: noon)
        // Then it is created with its three steps
        XCTAssertEqual(report, CourseImportReport(courseID: "keyboard", created: true, stepsAdded: 3))
        // And it reads back exactly, steps in order, quiz sets and documents included
        let (content, progress) = try XCTUnwrap(courses.course(id: "keyboard", detainee: julien.id))
        XCTAssertEqual(content, Self.keyboard())
        XCTAssertEqual(progress, CourseProgress(courseID: "keyboard"))
        // And the import is in the audit log
        let audit = try audit("course.")
        XCTAssertEqual(audit.map(\.action), ["course.imported"])
        XCTAssertEqual(audit.first?.subject, "keyboard")
        XCTAssertEqual(audit.first?.detail, "version 1: created, 3 steps")
        XCTAssertEqual(audit.first?.actor, "staff:admin")
        XCTAssertEqual(audit.first?.terminal, "office-1")
        // And the status lists it
        XCTAssertEqual(try courses.courseStatus(), [
            CourseStatusLine(id: "keyboard", title: "Le clavier pour débutants", language: .fr, steps: 3, enrolled: 0,
                             completed: 0, version: 1, importedAt: noon),
        ])
    }

    func testAnUnknownCourseIsNil() throws {
        // Given the keyboard course
        try importCourse()
        // When Julien asks for a course that is not there
        // Then there is none
        XCTAssertNil(try courses.course(id: "nothing", detainee: julien.id))
    }

    func testAReimportKeepsProgressOnKeptStepsAndDropsItOnRemovedOnes() throws {
        // Given Julien who read both lessons and failed the quiz
        try importCourse()
        try read("01-keys", at: noon + 60, line: 12)
        try read("02-accents", at: noon + 120, line: 30)
        try answer(1, at: noon + 180)
        // When a new version removes the quiz, renames the first lesson, moves it after a new lesson
        let newLesson = Self.lesson("00-mouse", "La souris", "Cliquer et faire défiler.")
        let renamed = Self.lesson("01-keys", "Les touches du clavier", "La touche Entrée valide une ligne.")
        let unchanged = Self.keyboard().steps[1]
        let version2 = Self.keyboard(steps: [newLesson, renamed, unchanged])
        let report = try importCourse(version2, at: noon + Self.day)
        // Then the report counts the new, the changed (text or position) and the removed steps
        XCTAssertEqual(report, CourseImportReport(courseID: "keyboard", created: false, stepsAdded: 1, stepsUpdated: 2,
                                                  stepsRemoved: 1))
        // And the course is the new version
        let (content, progress) = try XCTUnwrap(courses.course(id: "keyboard", detainee: julien.id))
        XCTAssertEqual(content, version2)
        // And Julien keeps his positions and read marks on both kept lessons, nothing of the quiz
        XCTAssertEqual(progress.lessonsRead, ["01-keys", "02-accents"])
        XCTAssertEqual(progress.lessonPositions, ["01-keys": 12, "02-accents": 30])
        XCTAssertEqual(progress.quizScores, [:])
        XCTAssertEqual(progress.enrolledAt, noon + 60)
        // And the quiz, his last step, is no longer offered to resume
        XCTAssertNil(progress.lastStep)
        XCTAssertEqual(try count("course_quiz_attempt"), 0)
        // And the audit line says what changed
        XCTAssertEqual(try audit("course.imported").last?.detail, "version 2: 1 added, 2 updated, 1 removed")
        XCTAssertEqual(try courses.courseStatus().first?.version, 2)
        XCTAssertEqual(try courses.courseStatus().first?.importedAt, noon + Self.day)
        // And no row points at anything that is gone
        XCTAssertEqual(try database.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }, [])
    }

    func testReimportingTheSameContentChangesNothing() throws {
        // Given the keyboard course and Julien's attempt at its quiz
        try importCourse()
        try answer(4, at: noon + 60)
        // When the same package is imported again
        let report = try importCourse(at: noon + 120)
        // Then no step counts as changed and the attempt is still there
        XCTAssertEqual(report, CourseImportReport(courseID: "keyboard", created: false))
        XCTAssertEqual(try progress()?.quizScores["03-quiz"]?.right, 4)
        XCTAssertEqual(try progress()?.lastStep, "03-quiz")
    }

    func testAStepThatChangesKindLosesItsProgress() throws {
        // Given Julien who read the first lesson and passed the quiz
        try importCourse()
        try read("01-keys", at: noon + 60)
        try answer(5, at: noon + 120)
        // When a new version makes 01-keys a quiz and 03-quiz a lesson
        let swapped = Self.keyboard(steps: [
            Self.quiz("01-keys", "Les touches"), Self.keyboard().steps[1],
            Self.lesson("03-quiz", "Plus un quiz", "Une leçon."),
        ])
        try importCourse(swapped, at: noon + 180)
        // Then neither keeps the progress made on the other kind
        let progress = try XCTUnwrap(progress())
        XCTAssertEqual(progress.lessonsRead, [])
        XCTAssertEqual(progress.lessonPositions, [:])
        XCTAssertEqual(progress.quizScores, [:])
        XCTAssertEqual(try count("course_lesson_progress"), 0)
        XCTAssertEqual(try count("course_quiz_attempt"), 0)
    }

    func testTheSearchIndexFollowsTheNewVersion() throws {
        // Given the keyboard course, found by a word of its first lesson
        try importCourse()
        XCTAssertEqual(try courses.courses(detainee: julien.id, filter: CourseFilter(search: "echap"), limit: 100).courses.map(\.id), ["keyboard"])
        // When a new version drops that word and adds another
        try importCourse(Self.keyboard(steps: [Self.lesson("01-keys", "Les touches", "La barre d'espace.")]), at: noon + 60)
        // Then the old word finds nothing and the new one finds the course, once
        XCTAssertEqual(try courses.courses(detainee: julien.id, filter: CourseFilter(search: "echap"), limit: 100).courses, [])
        XCTAssertEqual(try courses.courses(detainee: julien.id, filter: CourseFilter(search: "espace"), limit: 100).courses.map(\.id), ["keyboard"])
        XCTAssertEqual(try count("course_search"), 1)
    }

    func testInvalidContentIsRefusedAndNothingIsWritten() throws {
        // Given a database without courses
        var badID = Self.keyboard()
        badID.id = "Keyboard"
        var longID = Self.keyboard()
        longID.id = String(repeating: "a", count: 65)
        var noTitle = Self.keyboard()
        noTitle.title = " \n"
        var repeated = Self.keyboard()
        repeated.steps.append(Self.lesson("01-keys", "Encore", "Deux fois."))
        var emptyStep = Self.keyboard()
        emptyStep.steps.append(Self.lesson("", "Sans nom", "Rien."))
        var negative = Self.keyboard()
        negative.minutes = -1
        // When staff import each of them
        // Then each is refused with the rule it breaks
        XCTAssertEqual(courseError { try importCourse(badID) },
                       .invalid("A course id must be 1 to 64 lower-case letters, digits or -"))
        XCTAssertEqual(courseError { try importCourse(longID) },
                       .invalid("A course id must be 1 to 64 lower-case letters, digits or -"))
        XCTAssertEqual(courseError { try importCourse(noTitle) }, .invalid("Course keyboard has no title"))
        XCTAssertEqual(courseError { try importCourse(Self.keyboard(passMark: 0)) },
                       .invalid("The pass mark of course keyboard must be 1 to 100 percent"))
        XCTAssertEqual(courseError { try importCourse(Self.keyboard(passMark: 101)) },
                       .invalid("The pass mark of course keyboard must be 1 to 100 percent"))
        XCTAssertEqual(courseError { try importCourse(negative) },
                       .invalid("The minutes of course keyboard must not be negative"))
        XCTAssertEqual(courseError { try importCourse(Self.keyboard(steps: [])) },
                       .invalid("Course keyboard has no lesson and no quiz"))
        XCTAssertEqual(courseError { try importCourse(repeated) },
                       .invalid("Course keyboard has two steps with the id 01-keys"))
        XCTAssertEqual(courseError { try importCourse(emptyStep) }, .invalid("A step of course keyboard has no id"))
        XCTAssertEqual(courseError { try courses.importCourse(Self.keyboard(), by: " \u{1B} ", now: noon) },
                       .invalid("The author of a change must be 1 to 100 characters"))
        // And nothing is stored or audited
        XCTAssertEqual(try courses.courseStatus(), [])
        XCTAssertEqual(try count("course_step"), 0)
        XCTAssertEqual(try count("course_search"), 0)
        XCTAssertEqual(try audit("course."), [])
        // And the bounds themselves are accepted
        XCTAssertTrue(try importCourse(Self.keyboard(passMark: 100)).created)
        var bounds = Self.keyboard(passMark: 1)
        bounds.id = String(repeating: "a", count: 64)
        bounds.minutes = 0
        XCTAssertTrue(try importCourse(bounds).created)
    }

    func testAStepWhoseStoredBodyCannotBeReadStillOpens() throws {
        // Given the keyboard course whose first lesson's body was damaged by hand
        try importCourse()
        try database.pool.write { db in
            try db.execute(sql: "UPDATE course_step SET body = '{' WHERE step_id = '01-keys'")
            try db.execute(sql: "UPDATE course_step SET body = '[]' WHERE step_id = '03-quiz'")
        }
        // When Julien opens the course
        let content = try XCTUnwrap(courses.course(id: "keyboard", detainee: julien.id)?.0)
        // Then those steps keep their id and title, without content
        XCTAssertEqual(content.steps.map(\.id), ["01-keys", "02-accents", "03-quiz"])
        XCTAssertEqual(content.steps[0], .lesson(LessonContent(id: "01-keys", title: "Les touches",
                                                               document: Document(title: "Les touches"))))
        XCTAssertEqual(content.steps[2], .quiz(QuizContent(id: "03-quiz", title: "Vérifier ses acquis", questions: [])))
        // And a new import repairs them, counting them as updated
        XCTAssertEqual(try importCourse().stepsUpdated, 2)
        XCTAssertEqual(try courses.course(id: "keyboard", detainee: julien.id)?.0, Self.keyboard())
    }
}

import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// A learner's progress: enrolment, lesson positions, quiz attempts and completion.
final class CourseProgressTests: CourseTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try importCourse()
    }

    // MARK: - Enrolment

    func testEnrollingTwiceKeepsTheFirstEnrolment() throws {
        // Given Julien, not enrolled in the keyboard course
        XCTAssertNil(try progress()?.enrolledAt)
        // When he enrols, then enrols again later
        let first = try courses.enrol(course: "keyboard", detainee: julien.id, at: noon)
        let second = try courses.enrol(course: "keyboard", detainee: julien.id, at: noon + 60)
        // Then he is enrolled once, from the first time
        XCTAssertEqual(first, CourseProgress(courseID: "keyboard", enrolledAt: noon))
        XCTAssertEqual(second, first)
        XCTAssertEqual(try count("course_enrolment"), 1)
        XCTAssertEqual(try progress(), first)
    }

    func testNothingIsRecordedForACourseOrStepThatIsNotThere() throws {
        // Given the keyboard course
        // When Julien enrols in a course that does not exist, saves a position in a lesson that is
        // not there or is a quiz, and answers a quiz that is not there or is a lesson
        XCTAssertEqual(try courses.enrol(course: "nothing", detainee: julien.id, at: noon),
                       CourseProgress(courseID: "nothing"))
        XCTAssertEqual(try courses.saveLessonPosition(course: "nothing", lesson: "01-keys", detainee: julien.id, line: 1,
                                                      finished: true, at: noon), CourseProgress(courseID: "nothing"))
        XCTAssertEqual(try courses.saveLessonPosition(course: "keyboard", lesson: "99-gone", detainee: julien.id,
                                                      line: 1, finished: true, at: noon), CourseProgress(courseID: "keyboard"))
        XCTAssertEqual(try courses.saveLessonPosition(course: "keyboard", lesson: "03-quiz", detainee: julien.id,
                                                      line: 1, finished: true, at: noon), CourseProgress(courseID: "keyboard"))
        XCTAssertEqual(try answer(5, quiz: "99-gone", at: noon), CourseProgress(courseID: "keyboard"))
        XCTAssertEqual(try answer(5, quiz: "01-keys", at: noon), CourseProgress(courseID: "keyboard"))
        // And a detainee who does not exist enrols in nothing
        XCTAssertEqual(try courses.enrol(course: "keyboard", detainee: 999, at: noon), CourseProgress(courseID: "keyboard"))
        // Then nothing was written
        XCTAssertEqual(try count("course_enrolment"), 0)
        XCTAssertEqual(try count("course_lesson_progress"), 0)
        XCTAssertEqual(try count("course_quiz_attempt"), 0)
    }

    // MARK: - Lessons

    func testPositionsAndReadMarksSurviveReopeningTheDatabase() throws {
        // Given Julien in the middle of the first lesson, who finished the second one and went back
        // to its start
        _ = try courses.saveLessonPosition(course: "keyboard", lesson: "01-keys", detainee: julien.id, line: 17,
                                           finished: false, at: noon + 60)
        try read("02-accents", at: noon + 120, line: 44)
        _ = try courses.saveLessonPosition(course: "keyboard", lesson: "02-accents", detainee: julien.id, line: 0,
                                           finished: false, at: noon + 180)
        // When the kiosk stops and the database is opened again
        try database.close()
        let reopened = CourseRepository(database: try openDatabase())
        let progress = try XCTUnwrap(reopened.course(id: "keyboard", detainee: julien.id)?.1)
        // Then each lesson resumes where he left it, the finished one is still read, and the
        // course page offers the last lesson he was on; he was enrolled by his first position
        XCTAssertEqual(progress, CourseProgress(
            courseID: "keyboard", enrolledAt: noon + 60, lessonsRead: ["02-accents"],
            lessonPositions: ["01-keys": 17, "02-accents": 0], lastStep: "02-accents"))
    }

    func testTheFirstReadingOfALessonIsKeptAndANegativeLineIsTheTop() throws {
        // Given Julien who finished the first lesson at noon + 1 min
        try read("01-keys", at: noon + 60)
        // When he reads it to the end again, then scrolls to a negative line
        try read("01-keys", at: noon + 120)
        _ = try courses.saveLessonPosition(course: "keyboard", lesson: "01-keys", detainee: julien.id, line: -5,
                                           finished: false, at: noon + 180)
        // Then the first reading's time stays, the lesson stays read, and the line is 0
        let readAt = try database.read { db in
            try Date.fetchOne(db, sql: "SELECT read_at FROM course_lesson_progress WHERE lesson_id = '01-keys'")
        }
        XCTAssertEqual(readAt, noon + 60)
        XCTAssertEqual(try progress()?.lessonsRead, ["01-keys"])
        XCTAssertEqual(try progress()?.lessonPositions, ["01-keys": 0])
    }

    // MARK: - Quizzes

    func testTheBestAttemptCountsAndEveryAttemptIsKept() throws {
        // Given the keyboard quiz, 5 questions, pass mark 60 %
        // When Julien scores 2, then 4, then 3
        try answer(2, at: noon + 60)
        try answer(4, at: noon + 120)
        let progress = try answer(3, at: noon + 180)
        // Then his best attempt, 4 of 5, counts and passed; all three are kept
        XCTAssertEqual(progress.quizScores, ["03-quiz": QuizScore(right: 4, total: 5, passed: true, at: noon + 120)])
        XCTAssertEqual(progress.lastStep, "03-quiz")
        XCTAssertEqual(try count("course_quiz_attempt"), 3)
        // And an equal score later does not replace the first one
        try answer(4, at: noon + 240)
        XCTAssertEqual(try self.progress()?.quizScores["03-quiz"]?.at, noon + 120)
        // And a better one does
        try answer(5, at: noon + 300)
        XCTAssertEqual(try self.progress()?.quizScores["03-quiz"], QuizScore(right: 5, total: 5, passed: true, at: noon + 300))
    }

    func testAnAttemptPassesAtThePassMarkOfItsTime() throws {
        // Given the pass mark of 60 %: 3 of 5 is exactly the mark, 2 of 5 is below
        // When Julien scores 2, then 3
        XCTAssertEqual(try answer(2, at: noon + 60).quizScores["03-quiz"]?.passed, false)
        XCTAssertEqual(try answer(3, at: noon + 120).quizScores["03-quiz"]?.passed, true)
        // And Anna scores 3 after a new version raised the pass mark to 80 %
        try importCourse(Self.keyboard(passMark: 80), at: noon + 180)
        XCTAssertEqual(try answer(3, by: anna, at: noon + 240).quizScores["03-quiz"]?.passed, false)
        // Then Julien's pass stays a pass
        XCTAssertEqual(try progress()?.quizScores["03-quiz"], QuizScore(right: 3, total: 5, passed: true, at: noon + 120))
    }

    func testAPassBeatsALargerShareThatFailedAndScoresAreBroughtInRange() throws {
        // Given Julien's pass at 60 %, then a failure by a later, larger pass mark
        try answer(3, at: noon + 60)
        try importCourse(Self.keyboard(passMark: 100), at: noon + 90)
        try answer(4, at: noon + 120)
        // Then the pass still counts as best
        XCTAssertEqual(try progress()?.quizScores["03-quiz"]?.right, 3)
        // And answers outside the question count are brought within it
        try answer(9, of: 5, by: anna, at: noon + 180)
        XCTAssertEqual(try progress(anna)?.quizScores["03-quiz"], QuizScore(right: 5, total: 5, passed: true, at: noon + 180))
        try answer(-3, at: noon + 240)
        try answer(2, of: -1, by: anna, at: noon + 300)
        let attempts = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT right_answers, questions, passed FROM course_quiz_attempt ORDER BY id")
                .map { [$0["right_answers"] as Int, $0["questions"] as Int, $0["passed"] as Int] }
        }
        XCTAssertEqual(attempts, [[3, 5, 1], [4, 5, 0], [5, 5, 1], [0, 5, 0], [0, 0, 1]])
    }

    func testAQuizAttemptEnrolsTheLearner() throws {
        // Given Julien, not enrolled
        // When he answers the quiz straight away
        let progress = try answer(1, at: noon + 60)
        // Then he is enrolled from that moment
        XCTAssertEqual(progress.enrolledAt, noon + 60)
        XCTAssertEqual(try courses.courses(detainee: julien.id, filter: CourseFilter(), limit: 100).courses.first?.enrolledAt, noon + 60)
    }

    // MARK: - Completion

    func testTheCourseIsCompletedByTheStepThatFinishesItAndOnlyOnce() throws {
        // Given Julien enrolled at noon
        _ = try courses.enrol(course: "keyboard", detainee: julien.id, at: noon)
        // When he reads the first lesson, fails then passes the quiz, leaves the second lesson
        // unfinished
        XCTAssertNil(try read("01-keys", at: noon + 60).completedAt)
        XCTAssertNil(try answer(1, at: noon + 120).completedAt)
        XCTAssertNil(try answer(3, at: noon + 180).completedAt)
        XCTAssertNil(try courses.saveLessonPosition(course: "keyboard", lesson: "02-accents", detainee: julien.id,
                                                    line: 10, finished: false, at: noon + 240).completedAt)
        XCTAssertEqual(try courses.completions(detainee: julien.id), [])
        // And then finishes the second lesson
        let done = try read("02-accents", at: noon + 300)
        // Then the course is completed at that moment, returned by the same call
        XCTAssertEqual(done.completedAt, noon + 300)
        XCTAssertEqual(try courses.completions(detainee: julien.id), [
            CourseCompletion(courseID: "keyboard", title: "Le clavier pour débutants", completedAt: noon + 300),
        ])
        // And later progress does not move the completion
        try answer(5, at: noon + 360)
        try read("01-keys", at: noon + 420)
        XCTAssertEqual(try progress()?.completedAt, noon + 300)
        XCTAssertEqual(try courses.completions(detainee: julien.id).count, 1)
    }

    func testACompletedCourseStaysCompletedWhenANewVersionAddsSteps() throws {
        // Given Julien who completed the keyboard course
        try read("01-keys", at: noon + 60)
        try read("02-accents", at: noon + 120)
        try answer(5, at: noon + 180)
        XCTAssertEqual(try progress()?.completedAt, noon + 180)
        // When a new version adds a lesson he has not read
        var steps = Self.keyboard().steps
        steps.append(Self.lesson("04-more", "Encore", "Un peu plus."))
        try importCourse(Self.keyboard(steps: steps), at: noon + Self.day)
        // Then his completion stays, with 3 of the 4 steps done
        XCTAssertEqual(try progress()?.completedAt, noon + 180)
        let line = try courses.courses(detainee: julien.id, filter: CourseFilter(), limit: 100).courses.first
        XCTAssertEqual(line?.stepsDone, 3)
        XCTAssertEqual(line?.stepCount, 4)
        XCTAssertEqual(line?.completedAt, noon + 180)
        // But Anna, who had read both lessons only, now needs the new one too
        try read("01-keys", by: anna, at: noon + Self.day + 60)
        try read("02-accents", by: anna, at: noon + Self.day + 120)
        XCTAssertNil(try answer(5, by: anna, at: noon + Self.day + 180).completedAt)
        XCTAssertEqual(try courses.saveLessonPosition(course: "keyboard", lesson: "04-more", detainee: anna.id, line: 2,
                                                      finished: true, at: noon + Self.day + 240).completedAt,
                       noon + Self.day + 240)
    }

    func testALearnerLeftWithEveryStepDoneCompletesAtTheirNextStep() throws {
        // Given Julien who read both lessons but failed the quiz
        try read("01-keys", at: noon + 60)
        try read("02-accents", at: noon + 120)
        try answer(1, at: noon + 180)
        // When a new version drops the quiz
        try importCourse(Self.keyboard(steps: Array(Self.keyboard().steps.prefix(2))), at: noon + Self.day)
        // Then the import completes nobody
        XCTAssertNil(try progress()?.completedAt)
        // And his next position in a lesson completes the course
        let progress = try courses.saveLessonPosition(course: "keyboard", lesson: "01-keys", detainee: julien.id,
                                                      line: 3, finished: false, at: noon + Self.day + 60)
        XCTAssertEqual(progress.completedAt, noon + Self.day + 60)
    }

    // MARK: - Privacy and failures

    func testALearnersProgressNeverShowsInAnothersCalls() throws {
        // Given Julien who completed the keyboard course
        try read("01-keys", at: noon + 60, line: 12)
        try read("02-accents", at: noon + 120)
        try answer(5, at: noon + 180)
        // When Anna opens the catalogue, the course, her completions, and makes her own first step
        let catalogue = try courses.courses(detainee: anna.id, filter: CourseFilter(), limit: 100).courses
        let annaBefore = try progress(anna)
        let annaCompletions = try courses.completions(detainee: anna.id)
        let annaAfter = try answer(1, by: anna, at: noon + 240)
        // Then she sees none of Julien's progress
        XCTAssertEqual(catalogue.first?.stepsDone, 0)
        XCTAssertNil(catalogue.first?.enrolledAt)
        XCTAssertNil(catalogue.first?.completedAt)
        XCTAssertEqual(annaBefore, CourseProgress(courseID: "keyboard"))
        XCTAssertEqual(annaCompletions, [])
        XCTAssertEqual(annaAfter, CourseProgress(
            courseID: "keyboard", enrolledAt: noon + 240,
            quizScores: ["03-quiz": QuizScore(right: 1, total: 5, passed: false, at: noon + 240)], lastStep: "03-quiz"))
        // And Julien's is unchanged by hers
        XCTAssertEqual(try progress()?.quizScores["03-quiz"]?.right, 5)
        XCTAssertEqual(try progress()?.lessonPositions["01-keys"], 12)
    }

    func testADeletedDetaineesProgressGoesWithThem() throws {
        // Given Julien and Anna with progress in the keyboard course
        try read("01-keys", at: noon + 60)
        try answer(2, at: noon + 120)
        try read("01-keys", by: anna, at: noon + 180)
        // When Julien's account is deleted
        try database.pool.write { db in try db.execute(sql: "DELETE FROM detainee WHERE number = '1001'") }
        // Then his enrolment, positions and attempts are gone, and Anna's stay
        XCTAssertEqual(try count("course_enrolment"), 1)
        XCTAssertEqual(try count("course_lesson_progress"), 1)
        XCTAssertEqual(try count("course_quiz_attempt"), 0)
        XCTAssertEqual(try progress(anna)?.lessonsRead, ["01-keys"])
    }

    func testAProgressThatCannotBeWrittenIsReportedAndNothingIsKept() throws {
        // Given a writer that refuses writes
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        // When Julien saves a position or answers the quiz
        // Then the failure is the port's notWritable
        XCTAssertThrowsError(try read("01-keys", at: noon + 60)) { XCTAssertEqual($0 as? StoreFailure, .notWritable) }
        XCTAssertThrowsError(try answer(5, at: noon + 60)) { XCTAssertEqual($0 as? StoreFailure, .notWritable) }
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 0") }
        // And nothing was kept
        XCTAssertEqual(try progress(), CourseProgress(courseID: "keyboard"))
    }
}

import Foundation
import GRDB
import KioskCore

/// Courses on SQLite: the learner's screens (`CourseStore`), and what staff import, assign and
/// export from the shell.
///
/// A course is imported from its package as a whole (`importCourse`); steps are matched by id,
/// so a new version keeps every learner's progress on the steps that remain. Progress belongs
/// to an enrolment: recording a lesson position or a quiz attempt enrols the learner if they
/// were not. A course is completed, once, in the transaction of the step that completes it:
/// every lesson read to its end and every quiz passed (its best attempt reaching the pass mark
/// the course had at the time). Completion is never taken back, not even when a new version
/// adds steps: a certificate once earned stays earned.
///
/// Every write is one transaction committed with `synchronous=FULL`. A learner's calls only
/// ever read or write that learner's rows. Port methods fail with `StoreFailure`; the shell's
/// methods with `CourseError`, or `StoreError` for reads that can only fail in storage.
public struct CourseRepository: CourseStore {
    public static let maximumAuthorLength = 100

    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    // MARK: - Progress

    /// Where `detainee` stands in `course`: an empty progress when they never enrolled or the
    /// course does not exist. Only steps the course still has are counted, each of its kind.
    static func progress(course: String, detainee: AccountID, in db: Database) throws -> CourseProgress {
        var progress = CourseProgress(courseID: course)
        guard let enrolment = try Row.fetchOne(db, sql: """
            SELECT enrolled_at, completed_at, last_step FROM \(CourseSchema.enrolment)
            WHERE course_id = ? AND detainee_id = ?
            """, arguments: [course, detainee])
        else { return progress }
        progress.enrolledAt = enrolment["enrolled_at"]
        progress.completedAt = enrolment["completed_at"]
        progress.lastStep = enrolment["last_step"]

        let lessons = try Row.fetchAll(db, sql: """
            SELECT p.lesson_id, p.line, p.read_at IS NOT NULL AS is_read
            FROM \(CourseSchema.lessonProgress) p
            JOIN \(CourseSchema.step) s ON s.course_id = p.course_id AND s.step_id = p.lesson_id AND s.kind = ?
            WHERE p.course_id = ? AND p.detainee_id = ?
            """, arguments: [CourseSchema.Kind.lesson.rawValue, course, detainee])
        for row in lessons {
            let id: String = row["lesson_id"]
            progress.lessonPositions[id] = row["line"]
            if row["is_read"] { progress.lessonsRead.insert(id) }
        }

        // In the order they were made, so that of equal attempts the first one is kept.
        let attempts = try Row.fetchAll(db, sql: """
            SELECT q.quiz_id, q.right_answers, q.questions, q.passed, q.attempted_at
            FROM \(CourseSchema.quizAttempt) q
            JOIN \(CourseSchema.step) s ON s.course_id = q.course_id AND s.step_id = q.quiz_id AND s.kind = ?
            WHERE q.course_id = ? AND q.detainee_id = ?
            ORDER BY q.id
            """, arguments: [CourseSchema.Kind.quiz.rawValue, course, detainee])
        for row in attempts {
            let id: String = row["quiz_id"]
            let score = QuizScore(
                right: row["right_answers"], total: row["questions"], passed: row["passed"], at: row["attempted_at"])
            if let best = progress.quizScores[id], !isBetter(score, than: best) { continue }
            progress.quizScores[id] = score
        }
        return progress
    }

    /// Whether attempt `a` beats `b`: a pass beats a failure, then the larger share of right
    /// answers (an empty quiz counts as all right), then more right answers. Equal attempts
    /// do not beat each other, so the earlier one stays best.
    static func isBetter(_ a: QuizScore, than b: QuizScore) -> Bool {
        if a.passed != b.passed { return a.passed }
        let (aRight, aTotal) = a.total == 0 ? (1, 1) : (a.right, a.total)
        let (bRight, bTotal) = b.total == 0 ? (1, 1) : (b.right, b.total)
        let aShare = aRight * bTotal, bShare = bRight * aTotal
        if aShare != bShare { return aShare > bShare }
        return a.right > b.right
    }

    // MARK: - Enrolment and completion

    /// Enrols `detainee` in `course` at `at` unless already enrolled; false when the course or
    /// the detainee does not exist (nothing is written then).
    static func enrolIfNeeded(course: String, detainee: AccountID, at: Date, assignedBy: String? = nil,
                              in db: Database) throws -> Bool {
        guard try CourseRecord.exists(db, key: course), try DetaineeRecord.exists(db, key: detainee) else {
            return false
        }
        try db.execute(
            sql: """
                INSERT INTO \(CourseSchema.enrolment) (course_id, detainee_id, enrolled_at, assigned_by)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (course_id, detainee_id) DO NOTHING
                """,
            arguments: [course, detainee, at, assignedBy])
        return true
    }

    /// Sets `completed_at` to `at` when the learner is enrolled, has not completed the course
    /// yet, and has done every one of its steps (a course without steps is never completed).
    static func completeIfDone(course: String, detainee: AccountID, at: Date, in db: Database) throws {
        try db.execute(literal: """
            UPDATE \(sql: CourseSchema.enrolment) SET completed_at = \(at)
            WHERE course_id = \(course) AND detainee_id = \(detainee) AND completed_at IS NULL
              AND EXISTS (SELECT 1 FROM \(sql: CourseSchema.step) WHERE course_id = \(course))
              AND NOT EXISTS (
                  SELECT 1 FROM \(sql: CourseSchema.step) s
                  WHERE s.course_id = \(course) AND NOT \(isDone(step: "s", detainee: detainee)))
            """)
    }

    // MARK: - Shared SQL

    /// Whether step `s` (an alias of `course_step`) is done by `detainee` (a value or a column):
    /// a lesson read, or a quiz with a passed attempt.
    static func isDone(step s: String, detainee: some SQLExpressible) -> SQL {
        let lesson = CourseSchema.Kind.lesson.rawValue, quiz = CourseSchema.Kind.quiz.rawValue
        return """
            ((\(sql: s).kind = \(lesson) AND EXISTS (
                SELECT 1 FROM \(sql: CourseSchema.lessonProgress) p
                WHERE p.course_id = \(sql: s).course_id AND p.lesson_id = \(sql: s).step_id
                  AND p.detainee_id = \(detainee) AND p.read_at IS NOT NULL))
             OR (\(sql: s).kind = \(quiz) AND EXISTS (
                SELECT 1 FROM \(sql: CourseSchema.quizAttempt) q
                WHERE q.course_id = \(sql: s).course_id AND q.quiz_id = \(sql: s).step_id
                  AND q.detainee_id = \(detainee) AND q.passed)))
            """
    }

    /// How many steps course `courseColumn` has.
    static func stepCount(_ courseColumn: String) -> SQL {
        "(SELECT COUNT(*) FROM \(sql: CourseSchema.step) s WHERE s.course_id = \(sql: courseColumn))"
    }

    /// How many steps of course `courseColumn` `detainee` (a value or a column) has done.
    static func stepsDone(_ courseColumn: String, detainee: some SQLExpressible) -> SQL {
        """
        (SELECT COUNT(*) FROM \(sql: CourseSchema.step) s
         WHERE s.course_id = \(sql: courseColumn) AND \(isDone(step: "s", detainee: detainee)))
        """
    }

    // MARK: - Validation

    static func author(_ value: String) throws(CourseError) -> String {
        let cleaned = TextSanitizer.singleLine.clean(value).trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty, cleaned.count <= maximumAuthorLength else {
            throw .invalid("The author of a change must be 1 to \(maximumAuthorLength) characters")
        }
        return cleaned
    }

    // MARK: - Access

    /// Writes in one transaction; a `CourseError` thrown by `body` rolls it back and is
    /// rethrown as it is, any other failure is `.storage`.
    func write<T>(_ body: (Database) throws -> T) throws(CourseError) -> T {
        do {
            return try database.commit(body)
        } catch let error as CourseError {
            throw error
        } catch {
            throw .storage(StoreError.classify(error, writing: true))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(CourseError) -> T {
        do { return try database.read(body) } catch { throw .storage(error) }
    }
}

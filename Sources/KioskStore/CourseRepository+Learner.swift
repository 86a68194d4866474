import Foundation
import GRDB
import KioskCore

/// The learner's side (`CourseStore`): the catalogue, a course, and progress as it happens.
///
/// A call about a course, a lesson or a quiz that does not exist (a new version removed it
/// while the learner was on it), or a lesson id given as a quiz's or the other way round,
/// records nothing and returns the learner's progress as it stands (empty for a course that
/// is not there), so the screen can show what remains.
extension CourseRepository {
    /// The first `limit` courses of the catalogue matching `filter`, by title with accents and
    /// case set aside (the stored `sort_key`, then by id), and how many match in all.
    ///
    /// `filter.search` is typed text (`PressSearchQuery`): every word must start a word of the
    /// course's title, summary or lessons, accents and case ignored. Text that holds no word
    /// filters nothing. The courses are read in order from the sort key's index and the
    /// learner's standing is worked out for the listed ones only, so a key costs the same
    /// whether 10 or 10,000 courses match (decision 5x).
    public func courses(detainee: AccountID, filter: CourseFilter, limit: Int) throws(StoreFailure) -> CourseList {
        var matching: SQL = "WHERE 1"
        if let language = filter.language { matching += " AND c.language = \(language.rawValue)" }
        if let category = filter.category { matching += " AND c.category = \(category.rawValue)" }
        if let query = PressSearchQuery(filter.search) {
            matching += """
                 AND c.id IN (SELECT course_id FROM \(sql: CourseSchema.search)
                              WHERE \(sql: CourseSchema.search) MATCH \(query.pattern()))
                """
        }
        let count = SQLRequest<Int>(literal: "SELECT COUNT(*) FROM \(sql: CourseSchema.course) c \(matching)")
        // The page first, by the index; then each listed course's counts and the learner's
        // enrolment. Steps done are counted only where the learner is enrolled: progress
        // belongs to an enrolment.
        let page = SQLRequest<Row>(literal: """
            SELECT c.*, \(Self.stepCount("c.id")) AS step_count,
                   CASE WHEN e.course_id IS NULL THEN 0 ELSE \(Self.stepsDone("c.id", detainee: detainee)) END AS steps_done,
                   e.enrolled_at, e.completed_at
            FROM (SELECT c.id FROM \(sql: CourseSchema.course) c \(matching)
                  ORDER BY c.sort_key, c.id LIMIT \(max(0, limit))) listed
            JOIN \(sql: CourseSchema.course) c ON c.id = listed.id
            LEFT JOIN \(sql: CourseSchema.enrolment) e ON e.course_id = c.id AND e.detainee_id = \(detainee)
            ORDER BY c.sort_key, c.id
            """)
        do {
            return try database.read { db in
                let courses = try page.fetchAll(db).map { row in
                    let record = try CourseRecord(row: row)
                    return CourseSummary(
                        id: record.id, title: record.title, summary: record.summary, language: record.language,
                        category: record.category, level: record.level, minutes: record.minutes,
                        stepCount: row["step_count"], stepsDone: row["steps_done"], enrolledAt: row["enrolled_at"],
                        completedAt: row["completed_at"])
                }
                return CourseList(courses, matching: try count.fetchOne(db) ?? courses.count)
            }
        } catch {
            throw error.failure
        }
    }

    public func course(id: String, detainee: AccountID) throws(StoreFailure) -> (CourseContent, CourseProgress)? {
        do {
            return try database.read { db -> (CourseContent, CourseProgress)? in
                guard let record = try CourseRecord.fetchOne(db, key: id) else { return nil }
                let steps = try CourseStepRecord.steps(course: id, in: db).map(\.step)
                return (record.content(steps: steps), try Self.progress(course: id, detainee: detainee, in: db))
            }
        } catch {
            throw error.failure
        }
    }

    public func enrol(course: String, detainee: AccountID, at: Date) throws(StoreFailure) -> CourseProgress {
        do {
            return try database.write { db in
                _ = try Self.enrolIfNeeded(course: course, detainee: detainee, at: at, in: db)
                return try Self.progress(course: course, detainee: detainee, in: db)
            }
        } catch {
            throw error.failure
        }
    }

    /// Keeps `line` (0 or more) as where the lesson resumes; when `finished`, marks the lesson
    /// read (the first time stays). Enrols the learner if needed, makes the lesson their last
    /// step, and completes the course when this was its last step to do, all in one transaction.
    public func saveLessonPosition(course: String, lesson: String, detainee: AccountID, line: Int, finished: Bool,
                                   at: Date) throws(StoreFailure) -> CourseProgress {
        do {
            return try database.write { db in
                if try Self.kind(course: course, step: lesson, in: db) == .lesson,
                   try Self.enrolIfNeeded(course: course, detainee: detainee, at: at, in: db) {
                    try db.execute(
                        sql: """
                            INSERT INTO \(CourseSchema.lessonProgress)
                                (course_id, detainee_id, lesson_id, line, read_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (course_id, detainee_id, lesson_id) DO UPDATE SET
                                line = excluded.line, read_at = COALESCE(read_at, excluded.read_at),
                                updated_at = excluded.updated_at
                            """,
                        arguments: [course, detainee, lesson, max(0, line), finished ? at : nil, at])
                    try Self.setLastStep(lesson, course: course, detainee: detainee, in: db)
                    try Self.completeIfDone(course: course, detainee: detainee, at: at, in: db)
                }
                return try Self.progress(course: course, detainee: detainee, in: db)
            }
        } catch {
            throw error.failure
        }
    }

    /// Keeps the attempt (`right` is brought within 0...`total`, `total` to 0 or more), passed
    /// when it reaches the course's pass mark now (`QuizScore.passes`). Enrols the learner if
    /// needed, makes the quiz their last step, and completes the course when this was its last
    /// step to do, all in one transaction. Every attempt is kept; the best one counts
    /// (`isBetter(_:than:)`).
    public func recordQuizAttempt(course: String, quiz: String, detainee: AccountID, right: Int, total: Int,
                                  at: Date) throws(StoreFailure) -> CourseProgress {
        let total = max(0, total)
        let right = min(max(0, right), total)
        do {
            return try database.write { db in
                if try Self.kind(course: course, step: quiz, in: db) == .quiz,
                   let record = try CourseRecord.fetchOne(db, key: course),
                   try Self.enrolIfNeeded(course: course, detainee: detainee, at: at, in: db) {
                    let passed = QuizScore.passes(right: right, total: total, passMark: record.passMark)
                    try db.execute(
                        sql: """
                            INSERT INTO \(CourseSchema.quizAttempt)
                                (course_id, detainee_id, quiz_id, right_answers, questions, passed, attempted_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [course, detainee, quiz, right, total, passed, at])
                    try Self.setLastStep(quiz, course: course, detainee: detainee, in: db)
                    try Self.completeIfDone(course: course, detainee: detainee, at: at, in: db)
                }
                return try Self.progress(course: course, detainee: detainee, in: db)
            }
        } catch {
            throw error.failure
        }
    }

    public func completions(detainee: AccountID) throws(StoreFailure) -> [CourseCompletion] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT c.id, c.title, e.completed_at
                    FROM \(CourseSchema.enrolment) e
                    JOIN \(CourseSchema.course) c ON c.id = e.course_id
                    WHERE e.detainee_id = ? AND e.completed_at IS NOT NULL
                    ORDER BY e.completed_at DESC, c.id
                    """, arguments: [detainee])
                .map { row in CourseCompletion(courseID: row["id"], title: row["title"], completedAt: row["completed_at"]) }
            }
        } catch {
            throw error.failure
        }
    }

    // MARK: - Helpers

    /// The kind of step `step` of `course`; nil when there is no such step.
    private static func kind(course: String, step: String, in db: Database) throws -> CourseSchema.Kind? {
        try String.fetchOne(
            db, sql: "SELECT kind FROM \(CourseSchema.step) WHERE course_id = ? AND step_id = ?",
            arguments: [course, step])
        .flatMap(CourseSchema.Kind.init(rawValue:))
    }

    private static func setLastStep(_ step: String, course: String, detainee: AccountID, in db: Database) throws {
        try db.execute(
            sql: "UPDATE \(CourseSchema.enrolment) SET last_step = ? WHERE course_id = ? AND detainee_id = ?",
            arguments: [step, course, detainee])
    }

    /// A title as the catalogue sorts it: accents and case set aside ("Écrire" with "ecrire").
    /// Kept in `course.sort_key` at every import (`SearchIndexSchema`), compared bytewise by SQLite.
    static func sortKey(_ title: String) -> String {
        title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

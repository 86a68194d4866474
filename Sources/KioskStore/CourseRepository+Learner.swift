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
    /// filters nothing. Only the listed courses are read whole and get the learner's standing,
    /// so a key costs about the same whether 10 or 10,000 courses match (decision 56).
    public func courses(detainee: AccountID, filter: CourseFilter, limit: Int) throws(StoreFailure) -> CourseList {
        var filters: SQL = "1"
        if let language = filter.language { filters += " AND c.language = \(language.rawValue)" }
        if let category = filter.category { filters += " AND c.category = \(category.rawValue)" }
        let query = PressSearchQuery(filter.search)
        // The rowids of the matching search rows: FTS5 lists them without reading any row.
        let matches: SQL? = query.map {
            "SELECT rowid FROM \(sql: CourseSchema.search) WHERE \(sql: CourseSchema.search) MATCH \($0.pattern())"
        }
        do {
            return try database.read { db in
                let matching = try Self.count(filters: filters, matches: matches, plain: filter.language == nil && filter.category == nil,
                                              in: db)
                // Many matches: read the sort key's index in order and stop at `limit`. Few: look
                // each one up and sort them (reading the index would pass most courses by).
                let total = matches == nil ? matching : try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM \(CourseSchema.course)")) ?? 0
                let inOrder = matches == nil || matching * matching > max(1, limit) * total
                var listed: SQL = "SELECT c.id FROM \(sql: CourseSchema.course) c"
                if inOrder, matches != nil { listed += " INDEXED BY \(sql: SearchIndexSchema.courseSortIndex)" }
                listed += " WHERE \(filters)"
                if let matches { listed += " AND c.search_rowid IN (\(matches))" }
                listed += " ORDER BY c.sort_key, c.id LIMIT \(max(0, limit))"
                let courses = try Self.summaries(listed, detainee: detainee, in: db)
                return CourseList(courses, matching: matching)
            }
        } catch {
            throw error.failure
        }
    }

    /// How many courses pass `filters` and `matches`; by the search rows alone when nothing
    /// else filters (`plain`): each course has exactly one.
    private static func count(filters: SQL, matches: SQL?, plain: Bool, in db: Database) throws -> Int {
        let request: SQLRequest<Int>
        switch (matches, plain) {
        case (let matches?, true): request = SQLRequest(literal: "SELECT COUNT(*) FROM (\(matches))", cached: true)
        case (let matches?, false):
            request = SQLRequest(literal: """
                SELECT COUNT(*) FROM \(sql: CourseSchema.course) c WHERE \(filters) AND c.search_rowid IN (\(matches))
                """, cached: true)
        case (nil, _): request = SQLRequest(literal: "SELECT COUNT(*) FROM \(sql: CourseSchema.course) c WHERE \(filters)", cached: true)
        }
        return try request.fetchOne(db) ?? 0
    }

    /// The courses `listed` names (a `SELECT c.id …` in order), each with its counts and the
    /// learner's enrolment. Steps done are counted only where the learner is enrolled: progress
    /// belongs to an enrolment.
    private static func summaries(_ listed: SQL, detainee: AccountID, in db: Database) throws -> [CourseSummary] {
        let request = SQLRequest<Row>(literal: """
            SELECT c.id, c.title, c.summary, c.language, c.category, c.level, c.minutes, \(stepCount("c.id")) AS step_count,
                   CASE WHEN e.course_id IS NULL THEN 0 ELSE \(stepsDone("c.id", detainee: detainee)) END AS steps_done,
                   e.enrolled_at, e.completed_at
            FROM (\(listed)) listed
            JOIN \(sql: CourseSchema.course) c ON c.id = listed.id
            LEFT JOIN \(sql: CourseSchema.enrolment) e ON e.course_id = c.id AND e.detainee_id = \(detainee)
            ORDER BY c.sort_key, c.id
            """, cached: true)
        // Read by position, in the order selected: decoding a whole `CourseRecord` (its dates
        // too) or looking each column up by name cost more than the query. The statement is kept
        // prepared: its text changes only with the filters' shape.
        return try request.fetchAll(db).map { row in
            CourseSummary(
                id: row[0], title: row[1], summary: row[2], language: Language(rawValue: row[3] ?? "") ?? .en,
                category: CourseCategory(rawValue: row[4] ?? "") ?? .work,
                level: CourseLevel(rawValue: row[5] ?? "") ?? .beginner, minutes: row[6],
                stepCount: row[7], stepsDone: row[8], enrolledAt: row[9], completedAt: row[10])
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

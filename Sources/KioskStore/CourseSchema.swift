import GRDB
import KioskCore

/// v8: courses: the imported courses and their steps, their full-text index, and each
/// learner's enrolments, lesson positions and quiz attempts.
///
/// Progress hangs off two parents at once: its enrolment (so deleting a detainee, a course or
/// an enrolment takes it along) and its step (so a step that a new version of the course drops
/// takes every learner's progress on it along, while progress on the steps that remain stays).
enum CourseSchema {
    static let course = "course"
    static let step = "course_step"
    /// FTS5 over a course's title, summary and lessons; one row per course, keyed by `course_id`.
    static let search = "course_search"
    static let enrolment = "course_enrolment"
    static let lessonProgress = "course_lesson_progress"
    static let quizAttempt = "course_quiz_attempt"

    /// The values `course_step.kind` takes.
    enum Kind: String {
        case lesson, quiz
    }

    static func migrate(_ db: Database) throws {
        try db.create(table: course) { t in
            // The package's folder name, which never changes.
            t.column("id", .text).primaryKey()
            t.column("title", .text).notNull()
            t.column("summary", .text).notNull()
            t.column("language", .text).notNull().check { Language.allCases.map(\.rawValue).contains($0) }
            t.column("category", .text).notNull().check { CourseCategory.allCases.map(\.rawValue).contains($0) }
            t.column("level", .text).notNull().check { CourseLevel.allCases.map(\.rawValue).contains($0) }
            t.column("minutes", .integer).notNull().check { $0 >= 0 }
            t.column("pass_mark", .integer).notNull().check { $0 >= 1 && $0 <= 100 }
            // 1 at the first import, one more at every import after it.
            t.column("version", .integer).notNull().check { $0 >= 1 }
            t.column("created_at", .datetime).notNull()
            t.column("imported_at", .datetime).notNull()
            t.column("imported_by", .text).notNull()
        }

        try db.create(table: step) { t in
            t.column("course_id", .text).notNull().references(course, onDelete: .cascade)
            // The file name without extension, unique within its course.
            t.column("step_id", .text).notNull()
            // Order within the course, from 0; rewritten at every import.
            t.column("position", .integer).notNull().check { $0 >= 0 }
            t.column("kind", .text).notNull().check { [Kind.lesson.rawValue, Kind.quiz.rawValue].contains($0) }
            t.column("title", .text).notNull()
            // The `LessonContent` or `QuizContent` as JSON.
            t.column("body", .text).notNull()
            t.primaryKey(["course_id", "step_id"])
        }

        // Accents and case folded (`remove_diacritics 2`), as the press search (decision 27):
        // "debutant" finds "Débutant". Rows are written by the importer, which rebuilds a
        // course's row at every import; deleting a course removes its row by the trigger below.
        try db.create(virtualTable: search, using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("course_id").notIndexed()
            t.column("title")
            t.column("summary")
            // Lesson titles and their documents' `plainText`, one lesson after another.
            t.column("body")
        }
        try db.execute(sql: """
            CREATE TRIGGER course_deleted AFTER DELETE ON \(course) BEGIN
                DELETE FROM \(search) WHERE course_id = old.id;
            END
            """)

        try db.create(table: enrolment) { t in
            t.column("course_id", .text).notNull().references(course, onDelete: .cascade)
            t.column("detainee_id", .integer).notNull().references(KioskSchema.detainee, onDelete: .cascade)
            t.column("enrolled_at", .datetime).notNull()
            // The member of staff who assigned the course; NULL when the learner enrolled.
            t.column("assigned_by", .text)
            // Set once, never cleared: a new version of the course does not take it back.
            t.column("completed_at", .datetime)
            // The id of the step the learner was on last; NULL once that step is gone.
            t.column("last_step", .text)
            t.primaryKey(["course_id", "detainee_id"])
        }
        try db.create(index: "course_enrolment_on_detainee", on: enrolment, columns: ["detainee_id"])
        try db.create(index: "course_enrolment_on_completed", on: enrolment, columns: ["completed_at"])

        try db.create(table: lessonProgress) { t in
            t.column("course_id", .text).notNull()
            t.column("detainee_id", .integer).notNull()
            t.column("lesson_id", .text).notNull()
            // The first line shown when the learner last left the lesson.
            t.column("line", .integer).notNull().check { $0 >= 0 }
            // The first time the learner reached the lesson's end; never cleared.
            t.column("read_at", .datetime)
            t.column("updated_at", .datetime).notNull()
            t.primaryKey(["course_id", "detainee_id", "lesson_id"])
            t.foreignKey(["course_id", "detainee_id"], references: enrolment, onDelete: .cascade)
            t.foreignKey(["course_id", "lesson_id"], references: step, onDelete: .cascade)
        }
        try db.create(index: "course_lesson_progress_on_step", on: lessonProgress, columns: ["course_id", "lesson_id"])

        try db.create(table: quizAttempt) { t in
            // Every attempt is kept; the best one counts.
            t.autoIncrementedPrimaryKey("id")
            t.column("course_id", .text).notNull()
            t.column("detainee_id", .integer).notNull()
            t.column("quiz_id", .text).notNull()
            t.column("right_answers", .integer).notNull().check { $0 >= 0 }
            t.column("questions", .integer).notNull().check { $0 >= 0 }
            // Whether the attempt reached the pass mark the course had at that moment.
            t.column("passed", .boolean).notNull()
            t.column("attempted_at", .datetime).notNull()
            t.check(sql: "right_answers <= questions")
            t.foreignKey(["course_id", "detainee_id"], references: enrolment, onDelete: .cascade)
            t.foreignKey(["course_id", "quiz_id"], references: step, onDelete: .cascade)
        }
        try db.create(
            index: "course_quiz_attempt_on_learner", on: quizAttempt, columns: ["course_id", "detainee_id", "quiz_id"])
        try db.create(index: "course_quiz_attempt_on_step", on: quizAttempt, columns: ["course_id", "quiz_id"])
    }
}

import Foundation
import GRDB
import KioskCore

/// Staff's side: importing a course package and seeing what is imported.
extension CourseRepository {
    /// Longest course id: the package's folder name.
    public static let maximumIDLength = 64
    /// Pass marks a course may have, in percent.
    public static let passMarks = 1...100

    /// Creates the course or replaces its content with `content`, in one transaction with its
    /// search row and the audit line `course.imported` by `author`.
    ///
    /// Steps are matched by id. A step whose id remains keeps every learner's progress (a
    /// lesson's position and read mark, a quiz's attempts), unless it changed from lesson to
    /// quiz or back: then that progress is dropped, as it no longer means anything. Progress
    /// on a step whose id is gone is deleted with the step, and a learner's last step is
    /// forgotten when it is gone. Completions stay as they are: a course completed before
    /// stays completed whatever the new version adds; a learner whom the new version leaves
    /// with every step done completes the course at their next lesson position or quiz attempt
    /// in it (completion is recorded with a learner's own progress, never by an import).
    ///
    /// Refused, writing nothing: an id that is not 1 to 64 lower-case letters, digits or `-`, an
    /// empty title, a pass mark outside 1...100, negative minutes, no steps, an empty or
    /// repeated step id, an empty author.
    @discardableResult
    public func importCourse(
        _ content: CourseContent, by author: String, terminal: String = AllowlistRepository.cliTerminal, now: Date
    ) throws(CourseError) -> CourseImportReport {
        try Self.validate(content)
        let author = try Self.author(author)
        return try write { db -> CourseImportReport in
            let existing = try CourseRecord.fetchOne(db, key: content.id)
            let record = CourseRecord(
                content, version: (existing?.version ?? 0) + 1, createdAt: existing?.createdAt ?? now,
                importedAt: now, by: author)
            if existing == nil { try record.insert(db) } else { try record.update(db) }

            var report = CourseImportReport(courseID: content.id, created: existing == nil)
            var previous: [String: CourseStepRecord] = [:]
            for step in try CourseStepRecord.steps(course: content.id, in: db) { previous[step.stepID] = step }
            for (position, step) in content.steps.enumerated() {
                let new = try CourseStepRecord(step, courseID: content.id, position: position)
                guard let old = previous.removeValue(forKey: step.id) else {
                    try new.insert(db)
                    report.stepsAdded += 1
                    continue
                }
                if old.kind != new.kind { try Self.dropProgress(course: content.id, step: step.id, in: db) }
                // Compared as values: JSON of a set is not written in a stable order.
                if old.position != new.position || old.kind != new.kind || old.step != step {
                    try new.update(db)
                    report.stepsUpdated += 1
                }
            }
            if !previous.isEmpty {
                // Lesson positions and quiz attempts go with their step (ON DELETE CASCADE).
                try CourseStepRecord
                    .filter(CourseStepRecord.Columns.courseID == content.id && previous.keys.contains(CourseStepRecord.Columns.stepID))
                    .deleteAll(db)
                report.stepsRemoved = previous.count
            }
            try db.execute(
                sql: """
                    UPDATE \(CourseSchema.enrolment) SET last_step = NULL
                    WHERE course_id = ? AND last_step IS NOT NULL
                      AND last_step NOT IN (SELECT step_id FROM \(CourseSchema.step) WHERE course_id = ?)
                    """,
                arguments: [content.id, content.id])
            try Self.index(content, in: db)
            try AuditRepository.append(AuditEvent(
                at: now, actor: author, terminal: terminal, action: "course.imported", subject: content.id,
                detail: "version \(record.version): \(report.summary)"), in: db)
            return report
        }
    }

    /// Every imported course, by id, with how many learners it has.
    public func courseStatus() throws(StoreError) -> [CourseStatusLine] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.title, c.language, c.version, c.imported_at,
                       (SELECT COUNT(*) FROM \(CourseSchema.step) s WHERE s.course_id = c.id) AS step_count,
                       (SELECT COUNT(*) FROM \(CourseSchema.enrolment) e WHERE e.course_id = c.id) AS enrolled,
                       (SELECT COUNT(*) FROM \(CourseSchema.enrolment) e
                        WHERE e.course_id = c.id AND e.completed_at IS NOT NULL) AS completed
                FROM \(CourseSchema.course) c
                ORDER BY c.id
                """)
            .map { row in
                CourseStatusLine(
                    id: row["id"], title: row["title"], language: Language(rawValue: row["language"] ?? "") ?? .en,
                    steps: row["step_count"], enrolled: row["enrolled"], completed: row["completed"],
                    version: row["version"], importedAt: row["imported_at"])
            }
        }
    }

    // MARK: - Helpers

    /// Deletes every learner's lesson position and quiz attempts on one step.
    private static func dropProgress(course: String, step: String, in db: Database) throws {
        try db.execute(
            sql: "DELETE FROM \(CourseSchema.lessonProgress) WHERE course_id = ? AND lesson_id = ?",
            arguments: [course, step])
        try db.execute(
            sql: "DELETE FROM \(CourseSchema.quizAttempt) WHERE course_id = ? AND quiz_id = ?",
            arguments: [course, step])
    }

    /// Replaces the course's search row: its title, its summary, and each lesson's title and
    /// text (quizzes are not searched: their answers are not a course's subject), and keeps its
    /// rowid in `course.search_rowid`.
    private static func index(_ content: CourseContent, in db: Database) throws {
        try db.execute(sql: "DELETE FROM \(CourseSchema.search) WHERE course_id = ?", arguments: [content.id])
        let body = content.lessons.map { $0.title + "\n" + $0.document.plainText }.joined(separator: "\n")
        try db.execute(
            sql: "INSERT INTO \(CourseSchema.search) (course_id, title, summary, body) VALUES (?, ?, ?, ?)",
            arguments: [content.id, content.title, content.summary, body])
        // The catalogue filters by this rowid (`SearchIndexSchema`).
        try db.execute(
            sql: "UPDATE \(CourseSchema.course) SET search_rowid = ? WHERE id = ?",
            arguments: [db.lastInsertedRowID, content.id])
    }

    static func validate(_ content: CourseContent) throws(CourseError) {
        guard isValidID(content.id) else {
            throw .invalid("A course id must be 1 to \(maximumIDLength) lower-case letters, digits or -")
        }
        guard !content.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalid("Course \(content.id) has no title")
        }
        guard passMarks.contains(content.passMark) else {
            throw .invalid("The pass mark of course \(content.id) must be \(passMarks.lowerBound) to \(passMarks.upperBound) percent")
        }
        guard content.minutes >= 0 else { throw .invalid("The minutes of course \(content.id) must not be negative") }
        guard !content.steps.isEmpty else { throw .invalid("Course \(content.id) has no lesson and no quiz") }
        var seen: Set<String> = []
        for step in content.steps {
            guard !step.id.isEmpty else { throw .invalid("A step of course \(content.id) has no id") }
            guard seen.insert(step.id).inserted else {
                throw .invalid("Course \(content.id) has two steps with the id \(step.id)")
            }
        }
    }

    static func isValidID(_ id: String) -> Bool {
        (1...maximumIDLength).contains(id.unicodeScalars.count)
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

import Foundation
import GRDB
import KioskCore

/// Staff's side: who follows a course, assigning one, and the completions export.
extension CourseRepository {
    /// The first line of every completions CSV export.
    public static let completionsCSVHeader = ["completed_at", "number", "name", "course", "title"]

    /// Everyone enrolled in `course`, by prison number, with how far they are.
    public func enrolments(course: String) throws(CourseError) -> [CourseLearner] {
        let request = SQLRequest<Row>(literal: """
            SELECT d.number, d.name, e.enrolled_at, e.assigned_by, e.completed_at,
                   \(Self.stepsDone("e.course_id", detainee: SQL(sql: "e.detainee_id"))) AS steps_done,
                   \(Self.stepCount("e.course_id")) AS step_count
            FROM \(sql: CourseSchema.enrolment) e
            JOIN \(sql: KioskSchema.detainee) d ON d.id = e.detainee_id
            WHERE e.course_id = \(course)
            ORDER BY d.number
            """)
        let lines = try read { db -> [CourseLearner]? in
            guard try CourseRecord.exists(db, key: course) else { return nil }
            return try request.fetchAll(db).map { row in
                CourseLearner(
                    number: row["number"], name: row["name"], enrolledAt: row["enrolled_at"],
                    assignedBy: row["assigned_by"], stepsDone: row["steps_done"], stepCount: row["step_count"],
                    completedAt: row["completed_at"])
            }
        }
        guard let lines else { throw .courseNotFound(course) }
        return lines
    }

    /// Enrols detainee `number` in `course` on behalf of `author`, and records `course.assigned`
    /// in the same transaction; true when they were not enrolled before.
    ///
    /// A detainee already enrolled keeps their enrolment date, progress and completion; the
    /// first member of staff to assign the course stays its `assignedBy`. The assignment is
    /// audited either way (`already enrolled` in the detail).
    @discardableResult
    public func assign(
        course: String, toDetainee number: String, by author: String,
        terminal: String = AllowlistRepository.cliTerminal, now: Date
    ) throws(CourseError) -> Bool {
        let author = try Self.author(author)
        return try write { db -> Bool in
            guard try CourseRecord.exists(db, key: course) else { throw CourseError.courseNotFound(course) }
            guard let detainee = try DetaineeRecord.find(number: number, in: db), let id = detainee.id else {
                throw CourseError.detaineeNotFound(number)
            }
            let wasEnrolled = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM \(CourseSchema.enrolment) WHERE course_id = ? AND detainee_id = ?)",
                arguments: [course, id]) ?? false
            _ = try Self.enrolIfNeeded(course: course, detainee: id, at: now, assignedBy: author, in: db)
            try db.execute(
                sql: """
                    UPDATE \(CourseSchema.enrolment) SET assigned_by = ?
                    WHERE course_id = ? AND detainee_id = ? AND assigned_by IS NULL
                    """,
                arguments: [author, course, id])
            try AuditRepository.append(AuditEvent(
                at: now, actor: author, terminal: terminal, action: "course.assigned", subject: number,
                detail: wasEnrolled ? "\(course), already enrolled" : course), in: db)
            return !wasEnrolled
        }
    }

    /// The courses completed from `since` (included) to `until` (excluded), oldest first, then
    /// by prison number and course.
    public func completions(since: Date, until: Date) throws(StoreError) -> [CompletionLine] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.number, d.name, c.id, c.title, e.completed_at
                FROM \(CourseSchema.enrolment) e
                JOIN \(CourseSchema.course) c ON c.id = e.course_id
                JOIN \(KioskSchema.detainee) d ON d.id = e.detainee_id
                WHERE e.completed_at >= ? AND e.completed_at < ?
                ORDER BY e.completed_at, d.number, c.id
                """, arguments: [since, until])
            .map { row in
                CompletionLine(
                    number: row["number"], name: row["name"], courseID: row["id"], title: row["title"],
                    completedAt: row["completed_at"])
            }
        }
    }

    /// `completions(since:until:)` as RFC 4180 CSV under `completionsCSVHeader`, times in ISO
    /// 8601 UTC with milliseconds as in the audit export; an empty range gives the header alone.
    public func completionsCSV(since: Date, until: Date) throws(StoreError) -> String {
        var text = CSVWriter.row(Self.completionsCSVHeader)
        for line in try completions(since: since, until: until) {
            text += CSVWriter.row([
                AuditRepository.timeFormat.format(line.completedAt), line.number, line.name, line.courseID, line.title,
            ])
        }
        return text
    }
}

import Foundation
import GRDB
import KioskCore

/// One row of `course_step`; the body is the step's `LessonContent` or `QuizContent` as JSON.
struct CourseStepRecord: Equatable, Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = CourseSchema.step

    var courseID: String
    var stepID: String
    var position: Int
    var kind: String
    var title: String
    var body: String

    enum CodingKeys: String, CodingKey {
        case position, kind, title, body
        case courseID = "course_id"
        case stepID = "step_id"
    }

    enum Columns {
        static let courseID = Column(CodingKeys.courseID)
        static let position = Column(CodingKeys.position)
        static let stepID = Column(CodingKeys.stepID)
    }

    /// Step `position` of course `courseID`.
    init(_ step: CourseStep, courseID: String, position: Int) throws {
        self.courseID = courseID
        stepID = step.id
        self.position = position
        title = step.title
        switch step {
        case .lesson(let lesson):
            kind = CourseSchema.Kind.lesson.rawValue
            body = try Self.encode(lesson)
        case .quiz(let quiz):
            kind = CourseSchema.Kind.quiz.rawValue
            body = try Self.encode(quiz)
        }
    }

    /// The step kept in `body`. A body that cannot be read (a row written by hand or by a
    /// version that knew other blocks) gives the step with its id and title and no content, so
    /// the course still opens and the step can still be done.
    var step: CourseStep {
        let data = Data(body.utf8)
        if kind == CourseSchema.Kind.quiz.rawValue {
            let quiz = (try? JSONDecoder().decode(QuizContent.self, from: data))
                ?? QuizContent(id: stepID, title: title, questions: [])
            return .quiz(quiz)
        }
        let lesson = (try? JSONDecoder().decode(LessonContent.self, from: data))
            ?? LessonContent(id: stepID, title: title, document: Document(title: title))
        return .lesson(lesson)
    }

    /// The steps of a course, in order.
    static func steps(course: String, in db: Database) throws -> [CourseStepRecord] {
        try CourseStepRecord.filter(Columns.courseID == course)
            .order(Columns.position, Columns.stepID)
            .fetchAll(db)
    }

    private static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}

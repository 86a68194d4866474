import Foundation
import KioskCore

/// A course store in memory: courses by id and one learner's progress in each.
final class FakeCourseStore: CourseStore, @unchecked Sendable {
    var contents: [CourseContent] = []
    var progress: [String: CourseProgress] = [:]
    var failure: StoreFailure?

    func courses(detainee: AccountID, filter: CourseFilter, limit: Int) throws(StoreFailure) -> CourseList {
        if let failure { throw failure }
        let matching = contents.filter { filter.language == nil || $0.language == filter.language }.map {
            CourseSummary(id: $0.id, title: $0.title, summary: $0.summary, language: $0.language, category: $0.category,
                          level: $0.level, minutes: $0.minutes, stepCount: $0.steps.count)
        }
        return CourseList(Array(matching.prefix(limit)), matching: matching.count)
    }

    func course(id: String, detainee: AccountID) throws(StoreFailure) -> (CourseContent, CourseProgress)? {
        if let failure { throw failure }
        guard let content = contents.first(where: { $0.id == id }) else { return nil }
        return (content, progress[id] ?? CourseProgress(courseID: id))
    }

    func enrol(course: String, detainee: AccountID, at: Date) throws(StoreFailure) -> CourseProgress {
        if let failure { throw failure }
        var current = progress[course] ?? CourseProgress(courseID: course)
        current.enrolledAt = current.enrolledAt ?? at
        progress[course] = current
        return current
    }

    func saveLessonPosition(course: String, lesson: String, detainee: AccountID, line: Int, finished: Bool, at: Date)
        throws(StoreFailure) -> CourseProgress {
        if let failure { throw failure }
        var current = progress[course] ?? CourseProgress(courseID: course, enrolledAt: at)
        current.lessonPositions[lesson] = line
        if finished { current.lessonsRead.insert(lesson) }
        current.lastStep = lesson
        progress[course] = current
        return current
    }

    func recordQuizAttempt(course: String, quiz: String, detainee: AccountID, right: Int, total: Int, at: Date)
        throws(StoreFailure) -> CourseProgress {
        if let failure { throw failure }
        var current = progress[course] ?? CourseProgress(courseID: course, enrolledAt: at)
        current.quizScores[quiz] = QuizScore(right: right, total: total, passed: QuizScore.passes(right: right, total: total, passMark: 70), at: at)
        current.lastStep = quiz
        progress[course] = current
        return current
    }

    func completions(detainee: AccountID) throws(StoreFailure) -> [CourseCompletion] {
        if let failure { throw failure }
        return []
    }
}

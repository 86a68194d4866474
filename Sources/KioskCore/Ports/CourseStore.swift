import Foundation

/// What the learner's course screens need from storage.
///
/// Progress is written as it happens and committed before the call returns: a lesson's
/// position, a lesson read, a quiz attempt. Completion is decided by the store in the same
/// transaction as the step that completes the course (every lesson read, every quiz passed).
public protocol CourseStore: Sendable {
    /// The first `limit` courses of the catalogue matching `filter`, by title, with the
    /// learner's standing in each, and how many match in all.
    func courses(detainee: AccountID, filter: CourseFilter, limit: Int) throws(StoreFailure) -> CourseList

    /// A course with its steps and the learner's progress; nil when there is no such course.
    func course(id: String, detainee: AccountID) throws(StoreFailure) -> (CourseContent, CourseProgress)?

    /// Enrols the learner (nothing changes if already enrolled).
    func enrol(course: String, detainee: AccountID, at: Date) throws(StoreFailure) -> CourseProgress

    /// Remembers where the learner is in a lesson, and that it was read when `finished`.
    func saveLessonPosition(course: String, lesson: String, detainee: AccountID, line: Int, finished: Bool, at: Date)
        throws(StoreFailure) -> CourseProgress

    /// Records a quiz attempt; the best attempt counts.
    func recordQuizAttempt(course: String, quiz: String, detainee: AccountID, right: Int, total: Int, at: Date)
        throws(StoreFailure) -> CourseProgress

    /// The courses the learner completed, newest first.
    func completions(detainee: AccountID) throws(StoreFailure) -> [CourseCompletion]
}

import Foundation
import KioskCore

/// Supervisor screens over courses: the repository that `kiosk courses` uses, so the screen and
/// the shell list, assign and audit alike.
///
/// An unknown course or prison number comes back as `.refused` with the repository's message
/// ("No detainee has number 9999"); only a storage failure throws.
extension StaffRepository {
    public func courseSummaries() throws(StoreFailure) -> [CourseStaffSummary] {
        do {
            return try courses.courseStatus().map { line in
                CourseStaffSummary(id: line.id, title: line.title, language: line.language, stepCount: line.steps,
                                   enrolled: line.enrolled, completed: line.completed)
            }
        } catch {
            throw error.failure
        }
    }

    public func courseLearners(course: String) throws(StoreFailure) -> [CourseLearner] {
        do {
            return try courses.enrolments(course: course)
        } catch {
            if case .storage(let storeError) = error { throw storeError.failure }
            // No such course: nobody follows it.
            return []
        }
    }

    public func assignCourse(_ course: String, toDetainee number: String, by author: ChangeAuthor) throws(StoreFailure)
        -> ChangeResult<[CourseLearner]> {
        do {
            try courses.assign(course: course, toDetainee: number, by: author.actor, terminal: author.terminal, now: author.at)
        } catch {
            if case .storage(let storeError) = error { throw storeError.failure }
            return .refused(error.description)
        }
        return .done(try courseLearners(course: course))
    }

    private var courses: CourseRepository { CourseRepository(database: database) }
}

/// Why a course command did not happen, worded for the member of staff typing it.
public enum CourseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A course, a step or an author breaks a rule; the message says which.
    case invalid(String)
    /// No course has this id.
    case courseNotFound(String)
    /// No detainee has this number.
    case detaineeNotFound(String)
    /// The database refused; `StoreError.detail` has SQLite's words.
    case storage(StoreError)

    public var description: String {
        switch self {
        case .invalid(let message): message
        case .courseNotFound(let id): "No course \(id)"
        case .detaineeNotFound(let number): "No detainee has number \(number)"
        case .storage(let error): error.description
        }
    }
}

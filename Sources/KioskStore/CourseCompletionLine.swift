import Foundation

/// One completed course, as the completions export writes it.
public struct CompletionLine: Equatable, Sendable {
    /// The detainee's prison number.
    public var number: String
    public var name: String
    public var courseID: String
    public var title: String
    public var completedAt: Date

    public init(number: String, name: String, courseID: String, title: String, completedAt: Date) {
        self.number = number
        self.name = name
        self.courseID = courseID
        self.title = title
        self.completedAt = completedAt
    }
}

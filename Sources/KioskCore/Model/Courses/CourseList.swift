/// The catalogue's answer to a filter: the first matching courses in order, and how many match
/// in all.
public struct CourseList: Equatable, Sendable {
    /// The first `CourseList.shownAtMost` matching courses at most, by title.
    public var courses: [CourseSummary]
    /// How many courses match; more than `courses.count` when the list stops short.
    public var matching: Int

    /// How many courses the catalogue lists at most: past that, typing a word narrows faster
    /// than scrolling, and each key stays quick however large the catalogue (decision 56).
    public static let shownAtMost = 100

    public init(_ courses: [CourseSummary], matching: Int? = nil) {
        self.courses = courses
        self.matching = max(matching ?? courses.count, courses.count)
    }

    /// How many matching courses are not listed.
    public var unlisted: Int { matching - courses.count }
}

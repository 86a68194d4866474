/// What importing a course changed: `kiosk courses import` prints it.
public struct CourseImportReport: Equatable, Sendable {
    public var courseID: String
    /// True when the course was not there before.
    public var created: Bool
    /// Steps whose id is new.
    public var stepsAdded: Int
    /// Steps kept by id whose position, title or content changed; unchanged steps are not counted.
    public var stepsUpdated: Int
    /// Steps whose id is no longer in the course; learners' progress on them is gone.
    public var stepsRemoved: Int

    public init(courseID: String, created: Bool, stepsAdded: Int = 0, stepsUpdated: Int = 0, stepsRemoved: Int = 0) {
        self.courseID = courseID
        self.created = created
        self.stepsAdded = stepsAdded
        self.stepsUpdated = stepsUpdated
        self.stepsRemoved = stepsRemoved
    }

    /// `created, 3 steps` or `1 added, 2 updated, 1 removed`, as the audit line says.
    public var summary: String {
        created
            ? "created, \(stepsAdded) steps"
            : "\(stepsAdded) added, \(stepsUpdated) updated, \(stepsRemoved) removed"
    }
}

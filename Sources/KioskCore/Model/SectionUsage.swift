/// Seconds a detainee has spent in each section on one local day: what daily quotas count.
public struct SectionUsage: Equatable, Sendable {
    /// The local day, `2026-03-02`.
    public var day: String
    public var seconds: [Section: Int]

    public init(day: String, seconds: [Section: Int] = [:]) {
        self.day = day
        self.seconds = seconds
    }
}

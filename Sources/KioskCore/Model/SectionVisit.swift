import Foundation

/// A section open on screen, counted since `since` (the last moment already recorded).
public struct SectionVisit: Equatable, Sendable {
    public var section: Section
    public var since: Date

    public init(section: Section, since: Date) {
        self.section = section
        self.since = since
    }
}

/// What the home screen shows besides its menu: announcements and unread counts.
///
/// Filled by the features that own them (press, requests, announcements); empty until then.
public struct HomeSummary: Equatable, Sendable {
    public var announcements: [String]
    public var unread: [Section: Int]

    public init(announcements: [String] = [], unread: [Section: Int] = [:]) {
        self.announcements = announcements
        self.unread = unread
    }

    public static let empty = HomeSummary()
}

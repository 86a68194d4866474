import Foundation

/// An announcement as written on the form, its dates already read in the terminal's time zone.
public struct AnnouncementDraft: Equatable, Sendable {
    public var text: String
    public var startsAt: Date
    /// Nil: shown until withdrawn.
    public var endsAt: Date?
    public var target: Announcement.Target

    public init(text: String, startsAt: Date, endsAt: Date?, target: Announcement.Target) {
        self.text = text
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.target = target
    }
}

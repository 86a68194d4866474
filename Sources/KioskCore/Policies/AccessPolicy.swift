import Foundation

/// Whether a section is open to a detainee now, and if not, why and until when.
public enum SectionAccess: Equatable, Sendable {
    case open
    /// The detainee's profile does not include the section.
    case notInProfile
    /// Outside the hours of use; it opens again at this moment.
    case outsideHours(opensAt: Date)
}

/// Decides section access from a profile and the time; pure.
public enum AccessPolicy {
    public static func access(to section: Section, profile: AccessProfile, now: Date, timeZone: TimeZone) -> SectionAccess {
        guard profile.sections.contains(section) else { return .notInProfile }
        guard let hours = profile.hours else { return .open }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: now)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        if hours.contains(minute: minute) { return .open }
        let startOfDay = calendar.startOfDay(for: now)
        var opening = calendar.date(byAdding: .minute, value: hours.start, to: startOfDay) ?? now
        if opening <= now { opening = calendar.date(byAdding: .day, value: 1, to: opening) ?? now }
        return .outsideHours(opensAt: opening)
    }
}

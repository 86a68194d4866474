import Foundation

/// Whether a section is open to a detainee now, and if not, why and until when.
public enum SectionAccess: Equatable, Sendable {
    case open
    /// The detainee's profile does not include the section.
    case notInProfile
    /// Outside the hours of use; it opens again at this moment.
    case outsideHours(opensAt: Date)
    /// Today's minutes for the section are used up; it opens again at the next local midnight.
    case dailyTimeUsed(minutes: Int, opensAt: Date)
}

/// Decides section access from a profile, the time and the time already used today; pure.
public enum AccessPolicy {
    public static func access(to section: Section, profile: AccessProfile, now: Date, timeZone: TimeZone,
                              secondsUsedToday: Int = 0) -> SectionAccess {
        guard profile.sections.contains(section) else { return .notInProfile }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if let minutes = profile.dailyMinutes[section], secondsUsedToday >= minutes * 60 {
            let midnight = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now)) ?? now
            return .dailyTimeUsed(minutes: minutes, opensAt: midnight)
        }
        guard let hours = profile.hours else { return .open }
        let parts = calendar.dateComponents([.hour, .minute], from: now)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        if hours.contains(minute: minute) { return .open }
        let startOfDay = calendar.startOfDay(for: now)
        var opening = calendar.date(byAdding: .minute, value: hours.start, to: startOfDay) ?? now
        if opening <= now { opening = calendar.date(byAdding: .day, value: 1, to: opening) ?? now }
        return .outsideHours(opensAt: opening)
    }

    /// Whether the profile opens job sites of `category` (a profile without a list opens all).
    public static func allows(jobCategory category: SiteCategory, profile: AccessProfile) -> Bool {
        profile.jobCategories.map { $0.contains(category.rawValue) } ?? true
    }

    /// Whether the profile opens the press source named `name` (a profile without a list opens all).
    public static func allows(pressSource name: String, profile: AccessProfile) -> Bool {
        profile.pressSources.map { $0.contains(name) } ?? true
    }

    /// Seconds left today in `section` before its quota is used (nil: no quota).
    public static func secondsLeft(in section: Section, profile: AccessProfile, secondsUsedToday: Int) -> Int? {
        profile.dailyMinutes[section].map { max(0, $0 * 60 - secondsUsedToday) }
    }

    /// The local day of `date`, `2026-03-02`: the key of daily use.
    public static func day(of date: Date, timeZone: TimeZone) -> String {
        String(StaffDateTime.text(date, timeZone: timeZone).prefix(10))
    }
}

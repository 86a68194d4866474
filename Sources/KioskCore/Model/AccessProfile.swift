import Foundation

/// What a detainee may open, and when: set by staff, often as a named profile ("pre-trial").
public struct AccessProfile: Equatable, Sendable {
    /// The profile's name; profiles are shared between detainees.
    public var name: String
    /// Sections that are open at all.
    public var sections: Set<Section>
    /// Hours of use in the terminal's time zone; nil means at any time.
    public var hours: DailyHours?
    /// Minutes per day for a section (kept for the features that count use); absent means no limit.
    public var dailyMinutes: [Section: Int]
    /// Job-site categories open to the detainee; nil means all.
    public var jobCategories: Set<String>?
    /// Press sources open to the detainee, by feed name; nil means all.
    public var pressSources: Set<String>?

    public init(name: String, sections: Set<Section> = Set(Section.allCases), hours: DailyHours? = nil,
                dailyMinutes: [Section: Int] = [:], jobCategories: Set<String>? = nil, pressSources: Set<String>? = nil) {
        self.name = name
        self.sections = sections
        self.hours = hours
        self.dailyMinutes = dailyMinutes
        self.jobCategories = jobCategories
        self.pressSources = pressSources
    }

    /// Every section at any time: for detainees no profile was given to.
    public static let unrestricted = AccessProfile(name: "unrestricted")
}

/// A daily window of use, from `start` to `end` minutes after midnight (end excluded).
/// A window that ends before it starts runs over midnight.
public struct DailyHours: Equatable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init?(start: Int, end: Int) {
        guard (0..<1440).contains(start), (0...1440).contains(end), start != end else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `07:00-22:00`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = Self.minutes(parts[0]), let end = Self.minutes(parts[1]) else { return nil }
        self.init(start: start, end: end)
    }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours), (0..<60).contains(minutes),
              hours * 60 + minutes <= 1440 else { return nil }
        return hours * 60 + minutes
    }

    public var description: String {
        String(format: "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60)
    }

    /// Whether a minute of the day falls in the window.
    public func contains(minute: Int) -> Bool {
        start < end ? (minute >= start && minute < end) : (minute >= start || minute < end)
    }
}

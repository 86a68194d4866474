import Foundation

/// Times as staff type them to pick audit events: a day, an ISO 8601 time, or a time ago.
///
/// - `2026-03-01`: midnight at the start of that day in the terminal's time zone;
/// - `2026-03-01T09:30:00Z`, `2026-03-01T09:30:00.250+01:00`: that moment;
/// - `7d`, `24h`: that many days or hours before `now`.
public enum AuditTimeArgument {
    /// What to print when a value is not understood.
    public static let forms = "a day (2026-03-01), an ISO 8601 time (2026-03-01T09:30:00+01:00) or a time ago (7d, 24h)"

    /// The moment `text` names, or nil when it is none of the accepted forms.
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let ago = timeAgo(text) { return now.addingTimeInterval(-ago) }
        if let day = startOfDay(text, timeZone: timeZone) { return day }
        return moment(text)
    }

    /// Seconds in `7d` or `24h`; at most six digits, so no overflow.
    static func timeAgo(_ text: String) -> TimeInterval? {
        guard let unit = text.last else { return nil }
        let digits = text.dropLast()
        guard (1...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Double(digits) else { return nil }
        switch unit {
        case "d": return value * 86_400
        case "h": return value * 3_600
        default: return nil
        }
    }

    /// Midnight of `YYYY-MM-DD` in `timeZone`; nil for any other shape or a day that does not exist.
    static func startOfDay(_ text: String, timeZone: TimeZone) -> Date? {
        guard let match = text.wholeMatch(of: /([0-9]{4})-([0-9]{2})-([0-9]{2})/) else { return nil }
        let (_, year, month, day) = match.output
        return date(year: year, month: month, day: day, timeZone: timeZone)
    }

    /// A full ISO 8601 time with a zone (`Z` or an offset), with or without fractional seconds.
    ///
    /// Parsed by hand: Foundation's ISO 8601 parser accepts trailing junk, 25:00 and February 30.
    static func moment(_ text: String) -> Date? {
        let shape = /([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?(?:Z|([+-])([0-9]{2}):?([0-9]{2}))/
        guard let match = text.wholeMatch(of: shape) else { return nil }
        let output = match.output
        var offset = 0
        if let sign = output.8, let hours = output.9.flatMap({ Int($0) }), let minutes = output.10.flatMap({ Int($0) }) {
            guard hours <= 18, minutes <= 59 else { return nil }
            offset = (hours * 3_600 + minutes * 60) * (sign == "-" ? -1 : 1)
        }
        guard let zone = TimeZone(secondsFromGMT: offset),
              let start = date(year: output.1, month: output.2, day: output.3, hour: output.4, minute: output.5,
                               second: output.6, timeZone: zone) else { return nil }
        let fraction = output.7.flatMap { Double("0" + $0) } ?? 0
        return start.addingTimeInterval(fraction)
    }

    /// The moment of these digits in `timeZone`, if it exists (Calendar would roll 02-30 over to March).
    private static func date(
        year: Substring, month: Substring, day: Substring, hour: Substring = "0", minute: Substring = "0",
        second: Substring = "0", timeZone: TimeZone
    ) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: Int(year), month: Int(month), day: Int(day), hour: Int(hour), minute: Int(minute), second: Int(second))
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}

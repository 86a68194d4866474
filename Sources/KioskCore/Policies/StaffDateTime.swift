import Foundation

/// Dates as staff type and read them on forms: `2026-03-01 08:00`, in the terminal's time zone.
///
/// One fixed pattern in every language, so what is typed is never ambiguous (day or month first).
public enum StaffDateTime {
    /// The pattern, as shown to staff next to the field.
    public static let pattern = "YYYY-MM-DD HH:MM"

    /// `2026-03-01 08:00`.
    public static func text(_ date: Date, timeZone: TimeZone) -> String {
        let parts = calendar(timeZone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Reads `2026-03-01 08:00` (spaces around it ignored); nil for anything else, including a
    /// day that does not exist (`2026-02-30`) or a local time skipped by a clock change.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let halves = text.split(separator: " ", omittingEmptySubsequences: true)
        guard halves.count == 2 else { return nil }
        let day = halves[0].split(separator: "-", omittingEmptySubsequences: false)
        let time = halves[1].split(separator: ":", omittingEmptySubsequences: false)
        guard day.count == 3, time.count == 2,
              day[0].count == 4, day[1].count == 2, day[2].count == 2, time[0].count == 2, time[1].count == 2,
              let year = number(day[0]), let month = number(day[1]), let dayOfMonth = number(day[2]),
              let hour = number(time[0]), let minute = number(time[1]),
              (1...12).contains(month), (1...31).contains(dayOfMonth), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let wanted = DateComponents(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute)
        let calendar = calendar(timeZone)
        guard let date = calendar.date(from: wanted) else { return nil }
        // Calendar rolls 02-30 over to 03-02 and moves skipped hours: refuse both.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard back.year == year, back.month == month, back.day == dayOfMonth, back.hour == hour, back.minute == minute
        else { return nil }
        return date
    }

    private static func number(_ digits: Substring) -> Int? {
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}

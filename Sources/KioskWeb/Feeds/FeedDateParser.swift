import Foundation

/// Reads the dates feeds really carry: RFC 822 in its many spellings, and RFC 3339 / W3C-DTF.
///
/// Tolerant on purpose: RFC 822 with or without weekday, full or short month names, two-digit
/// years (below 50 is 20xx), seconds optional, zones as `GMT`, `UT`, `Z`, US names (`EST`,
/// `PDT`…), a few European ones (`CET`, `CEST`, `BST`), `+0100`, `+01:00`; a missing zone is
/// UTC. RFC 3339 with `T`, `t` or a space, fractions of seconds, `Z` or an offset, or a bare
/// date. Anything else, or an impossible date (31 April), gives nil.
enum FeedDateParser {
    /// Parses either kind; nil when the text is not a date this parser understands.
    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimming(.whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 100 else { return nil }
        return ISODateText.parse(trimmed) ?? RFC822DateText.parse(trimmed)
    }

    /// Seconds since 1970 for a civil date and time in UTC; nil when out of range.
    static func timestamp(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        offsetSeconds: Int = 0
    ) -> TimeInterval? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              abs(offsetSeconds) < 24 * 3600
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

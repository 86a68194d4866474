import Foundation

/// Dates and times written the way the user's language writes them.
public enum DateText {
    /// Weekday, day, month and time for the header clock, e.g. "sam. 21 nov. 09:05".
    public static func clock(_ date: Date, language: Language, timeZone: TimeZone) -> String {
        date.formatted(
            Date.FormatStyle(locale: Locale(identifier: language.localeIdentifier), timeZone: timeZone)
                .weekday(.abbreviated).day().month(.abbreviated)
                .hour(.twoDigits(amPM: .omitted)).minute(.twoDigits)
        )
    }

    /// Hours and minutes, e.g. "09:05".
    public static func time(_ date: Date, language: Language, timeZone: TimeZone) -> String {
        date.formatted(
            Date.FormatStyle(locale: Locale(identifier: language.localeIdentifier), timeZone: timeZone)
                .hour(.twoDigits(amPM: .omitted)).minute(.twoDigits)
        )
    }

    /// Weekday, day and month, e.g. "sam. 28 févr.": when an article was published.
    public static func day(_ date: Date, language: Language, timeZone: TimeZone) -> String {
        date.formatted(
            Date.FormatStyle(locale: Locale(identifier: language.localeIdentifier), timeZone: timeZone)
                .weekday(.abbreviated).day().month(.abbreviated)
        )
    }
}

import Foundation
import GRDB

/// A date as GRDB stores it (`yyyy-MM-dd HH:mm:ss.SSS`, UTC, what `Date.databaseValue` gives),
/// worked out by arithmetic.
///
/// GRDB formats through a `DateFormatter`, and the first use of one in a process loads ICU's
/// calendar data: 2–3 ms, inside the write transaction that every other cell waits for.
/// Dates outside the years 1970–9999 are left to GRDB.
enum StorageDateText {
    /// The stored value of `date`.
    static func value(_ date: Date) -> DatabaseValue {
        // As Foundation hands a date to ICU: milliseconds since 1970 as a Double, then rounded
        // to the nearest millisecond, as the formatter's SSS shows it.
        let milliseconds = ((date.timeIntervalSinceReferenceDate + Date.timeIntervalBetween1970AndReferenceDate) * 1000)
            .rounded(.toNearestOrAwayFromZero)
        guard milliseconds >= 0, milliseconds < 253_402_300_800_000 else { return date.databaseValue }
        let whole = Int64(milliseconds)
        let days = whole / 86_400_000, inDay = whole % 86_400_000
        let (year, month, day) = civil(daysSince1970: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(23)
        append(year, digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(month, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(day, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        append(inDay / 3_600_000, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(inDay / 60_000 % 60, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(inDay / 1_000 % 60, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        append(inDay % 1_000, digits: 3, to: &bytes)
        return String(decoding: bytes, as: UTF8.self).databaseValue
    }

    /// The proleptic Gregorian year, month and day of a day counted from 1970-01-01
    /// (the civil-from-days algorithm, on 400-year eras of 146,097 days).
    static func civil(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func append(_ number: Int64, digits: Int, to bytes: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<digits { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}

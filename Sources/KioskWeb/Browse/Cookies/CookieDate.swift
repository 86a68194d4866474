import Foundation

/// Reads the date of an `Expires` attribute with RFC 6265's lenient algorithm (section 5.1.1).
///
/// The text is cut into tokens at delimiters; the first token that looks like a time
/// (`hh:mm:ss`), a day of month (1–2 digits), a month name (its first three letters) and a
/// year (2–4 digits) give the date, in UTC whatever zone is written. Two-digit years are
/// 1970–2069. So `Wed, 21 Oct 2015 07:28:00 GMT`, `Wednesday, 21-Oct-15 07:28:00 GMT` and
/// `Wed Oct 21 07:28:00 2015` all read the same; anything without all four parts is nil.
enum CookieDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String) -> Date? {
        var time: (Int, Int, Int)?
        var day: Int?
        var month: Int?
        var year: Int?
        for token in text.utf8.split(whereSeparator: isDelimiter) {
            let token = Array(token)
            if time == nil, let found = parseTime(token) {
                time = found
            } else if day == nil, let found = leadingNumber(token, digits: 1...2) {
                day = found
            } else if month == nil, token.count >= 3,
                      let index = months.firstIndex(of: String(decoding: token.prefix(3), as: UTF8.self).lowercased()) {
                month = index + 1
            } else if year == nil, let found = leadingNumber(token, digits: 2...4) {
                year = found
            }
        }
        guard let (hour, minute, second) = time, let day, let month, var year else { return nil }
        if (70...99).contains(year) { year += 1900 } else if (0...69).contains(year) { year += 2000 }
        guard (1...31).contains(day), year >= 1601, hour <= 23, minute <= 59, second <= 59 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        (components.hour, components.minute, components.second) = (hour, minute, second)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }  // 31 Feb is refused
        return date
    }

    /// RFC 6265's delimiters: tab, space to `/`, `;` to `@`, `[` to `` ` ``, `{` to `~`.
    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == 0x09 || (0x20...0x2F).contains(byte) || (0x3B...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// `h[h]:m[m]:s[s]`, optionally followed by non-digits.
    private static func parseTime(_ token: [UInt8]) -> (Int, Int, Int)? {
        let parts = token.split(separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3,
              let hour = number(parts[0], digits: 1...2), let minute = number(parts[1], digits: 1...2),
              let second = leadingNumber(Array(parts[2]), digits: 1...2) else { return nil }
        return (hour, minute, second)
    }

    /// The token's leading digits (their count in `digits`), when what follows is not a digit.
    private static func leadingNumber(_ token: [UInt8], digits: ClosedRange<Int>) -> Int? {
        let leading = token.prefix { (0x30...0x39).contains($0) }
        return number(leading, digits: digits)
    }

    private static func number(_ bytes: some Collection<UInt8>, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(bytes.count), bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}

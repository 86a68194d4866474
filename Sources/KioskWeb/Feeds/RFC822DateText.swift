import Foundation

/// RFC 822 / 2822 dates as feeds write them: `Tue, 10 Jun 2003 04:00:00 GMT`, `10 June 03 04:00 +0100`.
enum RFC822DateText {
    static func parse(_ text: String) -> Date? {
        var tokens = tokenise(text)
        guard !tokens.isEmpty else { return nil }
        if month(tokens[0]) == nil, tokens[0].allSatisfy(\.isLetter) { tokens.removeFirst() }  // weekday
        guard tokens.count >= 3 else { return nil }
        let day: Int, monthNumber: Int
        if let number = Int(tokens[0]), let named = month(tokens[1]) {
            (day, monthNumber) = (number, named)  // 10 Jun 2003
        } else if let named = month(tokens[0]), let number = Int(tokens[1]) {
            (day, monthNumber) = (number, named)  // Jun 10 2003
        } else {
            return nil
        }
        guard let written = Int(tokens[2]), tokens[2].count <= 4 else { return nil }
        let year = fullYear(written, digits: tokens[2].count)
        var hour = 0, minute = 0, second = 0, offset = 0
        var rest = tokens.dropFirst(3)
        if let time = rest.first, time.contains(":") {
            let parts = time.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard (2...3).contains(parts.count), let h = parts[0], let m = parts[1] else { return nil }
            (hour, minute) = (h, m)
            if parts.count == 3 {
                guard let s = parts[2] else { return nil }
                second = s
            }
            rest = rest.dropFirst()
        }
        if let zone = rest.first {
            guard let parsed = zoneOffset(zone) else { return nil }
            offset = parsed
        }
        return FeedDateParser.timestamp(
            year: year, month: monthNumber, day: day, hour: hour, minute: minute, second: second,
            offsetSeconds: offset
        ).map(Date.init(timeIntervalSince1970:))
    }

    /// Splits on spaces and commas; drops parenthesised comments such as `(CET)`.
    private static func tokenise(_ text: String) -> [String] {
        text.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            .map(String.init)
            .filter { !$0.hasPrefix("(") }
    }

    /// RFC 2822: two-digit years below 50 are 20xx, others 19xx; three digits add 1900.
    private static func fullYear(_ year: Int, digits: Int) -> Int {
        switch digits {
        case 1, 2: year < 50 ? 2000 + year : 1900 + year
        case 3: 1900 + year
        default: year
        }
    }

    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// `Jun`, `June`, `JUNE`, `Sept` → 6 or 9; nil for anything else.
    private static func month(_ token: String) -> Int? {
        let lower = token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard lower.count >= 3, lower.allSatisfy(\.isLetter),
              let index = months.firstIndex(where: { lower.hasPrefix($0) })
        else { return nil }
        return index + 1
    }

    private static let namedZones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "WET": 0,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "AKST": -9, "AKDT": -8, "HST": -10,
        "BST": 1, "IST": 1, "CET": 1, "MET": 1, "WEST": 1, "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3,
    ]

    /// `+0100`, `-05:00`, `+01`, `GMT`, `EST`, `GMT+0100`; unknown letters count as UTC (RFC 2822 §4.3).
    private static func zoneOffset(_ token: String) -> Int? {
        let upper = token.uppercased()
        if let hours = namedZones[upper] { return hours * 3_600 }
        if upper.hasPrefix("GMT") || upper.hasPrefix("UTC") {
            let rest = String(upper.dropFirst(3))
            return rest.isEmpty ? 0 : numericOffset(rest)
        }
        if let numeric = numericOffset(upper) { return numeric }
        return upper.allSatisfy(\.isLetter) ? 0 : nil
    }

    private static func numericOffset(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), [2, 4].contains(digits.count),
              let hours = Int(digits.prefix(2)), let minutes = Int(digits.dropFirst(2).isEmpty ? "0" : digits.dropFirst(2)),
              hours <= 23, minutes <= 59
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }
}

import Foundation

/// RFC 3339 and W3C-DTF dates: `2025-06-10T04:00:00Z`, `…04:00:00.25+02:00`, `2025-06-10`.
enum ISODateText {
    static func parse(_ text: String) -> Date? {
        var scanner = Scanner(text)
        guard let year = scanner.number(digits: 4) else { return nil }
        guard scanner.skip("-") else { return scanner.atEnd ? date(year, 1, 1) : nil }
        guard let month = scanner.number(digits: 2) else { return nil }
        guard scanner.skip("-") else { return scanner.atEnd ? date(year, month, 1) : nil }
        guard let day = scanner.number(digits: 2) else { return nil }
        if scanner.atEnd { return date(year, month, day) }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else { return nil }
        guard let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2)
        else { return nil }
        var second = 0
        var fraction = 0.0
        if scanner.skip(":") {
            guard let value = scanner.number(digits: 2) else { return nil }
            second = value
            if scanner.skip(".") || scanner.skip(",") {
                guard let digits = scanner.digitRun(), !digits.isEmpty else { return nil }
                fraction = Double("0." + digits.prefix(9)) ?? 0
            }
        }
        guard let offset = zoneOffset(&scanner), scanner.atEnd,
              let seconds = FeedDateParser.timestamp(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                offsetSeconds: offset)
        else { return nil }
        return Date(timeIntervalSince1970: seconds + fraction)
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> Date? {
        FeedDateParser.timestamp(year: year, month: month, day: day).map(Date.init(timeIntervalSince1970:))
    }

    /// `Z`, `+hh:mm`, `+hhmm`, `+hh`, or nothing (UTC).
    private static func zoneOffset(_ scanner: inout Scanner) -> Int? {
        if scanner.atEnd || scanner.skip("Z") || scanner.skip("z") { return 0 }
        _ = scanner.skip(" ")
        let sign: Int
        if scanner.skip("+") { sign = 1 } else if scanner.skip("-") { sign = -1 } else { return nil }
        guard let hours = scanner.number(digits: 2) else { return nil }
        _ = scanner.skip(":")
        let minutes = scanner.number(digits: 2) ?? 0
        guard hours <= 23, minutes <= 59 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }

    /// Reads ASCII digits and separators from the front of a string.
    struct Scanner {
        private var rest: Substring.UTF8View

        init(_ text: String) {
            rest = text[...].utf8
        }

        var atEnd: Bool { rest.isEmpty }

        /// Exactly `digits` digits as a number.
        mutating func number(digits: Int) -> Int? {
            let run = rest.prefix(digits)
            guard run.count == digits, run.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            rest = rest.dropFirst(digits)
            return run.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }

        /// All the digits at the front.
        mutating func digitRun() -> String? {
            let run = rest.prefix { (0x30...0x39).contains($0) }
            rest = rest.dropFirst(run.count)
            return String(decoding: run, as: UTF8.self)
        }

        /// Consumes `text` if it comes next.
        mutating func skip(_ text: String) -> Bool {
            guard rest.starts(with: text.utf8) else { return false }
            rest = rest.dropFirst(text.utf8.count)
            return true
        }
    }
}

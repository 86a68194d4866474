import Foundation

/// Strict ISO-8601 times with an offset, as `clock` takes them: `2026-03-02T09:00:00+01:00`.
enum ClockText {
    /// The instant, or nil unless the text is `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)` naming a
    /// real calendar day and time (Foundation's parsers roll 30 February over to March).
    static func parse(_ text: String) -> Date? {
        let pattern = "^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,9})?(Z|([+-])([0-9]{2}):?([0-9]{2}))$"
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
        func number(_ index: Int) -> Int { group(index).flatMap { Int($0) } ?? 0 }
        var offset = 0
        if group(8) != "Z" {
            let hours = number(10), minutes = number(11)
            guard hours <= 23, minutes <= 59 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (group(9) == "-" ? -1 : 1)
        }
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let wanted = DateComponents(year: number(1), month: number(2), day: number(3),
                                    hour: number(4), minute: number(5), second: number(6))
        guard (1...12).contains(wanted.month!), (1...31).contains(wanted.day!), wanted.hour! <= 23,
              wanted.minute! <= 59, wanted.second! <= 59,
              let date = calendar.date(from: wanted)
        else { return nil }
        let found = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard found.year == wanted.year, found.month == wanted.month, found.day == wanted.day,
              found.hour == wanted.hour, found.minute == wanted.minute, found.second == wanted.second
        else { return nil }
        let fraction = group(7).flatMap { Double("0" + $0) } ?? 0
        return date.addingTimeInterval(fraction)
    }
}

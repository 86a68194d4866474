import Foundation

/// Durations as people write them in configuration and scripts: `90s`, `5m`, `2h`, or seconds.
public enum DurationText {
    /// Seconds for `90`, `90s`, `5m`, `2h`; nil for anything else (negative, empty, other units).
    public static func parse(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { return nil }
        let multiplier: Double
        var digits = Substring(trimmed)
        switch last {
        case "s": multiplier = 1; digits = digits.dropLast()
        case "m": multiplier = 60; digits = digits.dropLast()
        case "h": multiplier = 3600; digits = digits.dropLast()
        default: multiplier = 1
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Double(digits) else { return nil }
        return value * multiplier
    }
}

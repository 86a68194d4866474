import Foundation

/// Makes untrusted text harmless to draw: the single gate text passes where it enters.
///
/// Keeps valid Unicode only; drops C0 controls (newline and tab kept where allowed), DEL, C1
/// controls, bidi overrides and isolates; caps runs of combining marks; normalises to NFC;
/// caps the length. Invalid UTF-8 bytes become U+FFFD.
public struct TextSanitizer: Sendable {
    /// Longest result, in Unicode scalars.
    public var maxLength: Int
    /// Whether newlines survive (multi-line text) or become spaces (names, titles).
    public var keepsNewlines: Bool
    /// Most combining marks kept after one base character.
    public var maxCombiningMarks: Int

    public init(maxLength: Int = 10_000, keepsNewlines: Bool = false, maxCombiningMarks: Int = 4) {
        self.maxLength = maxLength
        self.keepsNewlines = keepsNewlines
        self.maxCombiningMarks = maxCombiningMarks
    }

    /// For one-line fields: names, titles, labels.
    public static let singleLine = TextSanitizer(maxLength: 200)
    /// For bodies of text.
    public static let multiLine = TextSanitizer(maxLength: 100_000, keepsNewlines: true)

    public func clean(_ bytes: [UInt8]) -> String {
        clean(String(decoding: bytes, as: UTF8.self))
    }

    public func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var combiningRun = 0
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < maxLength else { break }
            let value = scalar.value
            var kept: Unicode.Scalar? = scalar
            switch value {
            case 0x0A:
                kept = keepsNewlines ? scalar : " "
            case 0x09:
                kept = keepsNewlines ? scalar : " "
            case 0x0D:
                kept = nil
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                kept = nil
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                kept = nil
            default:
                break
            }
            guard let accepted = kept else { continue }
            if Self.isCombining(accepted) {
                combiningRun += 1
                if combiningRun > maxCombiningMarks { continue }
            } else {
                combiningRun = 0
            }
            scalars.append(accepted)
            count += 1
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}

import Foundation

/// Makes untrusted text harmless to draw: the single gate text passes where it enters.
///
/// Keeps valid Unicode only; drops C0 controls (newline and tab kept where allowed), DEL, C1
/// controls, bidi overrides and isolates; caps runs of combining marks; normalises to NFC;
/// caps the length. Invalid UTF-8 bytes become U+FFFD.
///
/// Most text is made of scalars that are no combining mark and that NFC leaves alone whatever
/// stands next to them (`isInert`: everything below U+0300, where the first combining mark is,
/// and the common punctuation and currency signs after it). Text made only of those skips the
/// Unicode property look-ups and the normalisation, and text that needs no change at all is
/// returned as it came, without being rebuilt.
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
        if isAlreadyClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        var combiningRun = 0
        var count = 0
        var mayNeedNormalising = false
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
            if !Self.isInert(accepted.value) {
                mayNeedNormalising = true
                if Self.isCombining(accepted) {
                    combiningRun += 1
                    if combiningRun > maxCombiningMarks { continue }
                } else {
                    combiningRun = 0
                }
            } else {
                combiningRun = 0
            }
            scalars.append(accepted)
            count += 1
        }
        let result = String(scalars)
        return mayNeedNormalising ? result.precomposedStringWithCanonicalMapping : result
    }

    /// Whether cleaning would return `text` unchanged because it cannot touch it: at most
    /// `maxLength` scalars, all printable and inert, with tabs and newlines only where they are kept.
    func isAlreadyClean(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20...0x7E:
                break
            case 0x09, 0x0A:
                guard keepsNewlines else { return false }
            case let value:
                guard value >= 0xA0, Self.isInert(value) else { return false }
            }
            count += 1
            if count > maxLength { return false }
        }
        return true
    }

    /// Whether a scalar is no combining mark and never changes under NFC, alone or next to any
    /// other inert scalar: below U+0300; the dashes, quotes, bullets and ellipsis of U+2010–U+2027
    /// and U+2030–U+205E (not U+2000 and U+2001, which NFC replaces, nor the bidi controls); the
    /// currency signs U+20A0–U+20C0. A test checks every one of them, alone and in pairs.
    static func isInert(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            || (0x20A0...0x20C0).contains(value)
    }

    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
